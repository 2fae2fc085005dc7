'use client';

import { useMemo } from 'react';
import { ChartTable } from './chart-table';
import { LazyProjectSwimlane } from './lazy-charts';
import type { LaneData } from './shape/lane-data';
import { projectLaneChart } from './shape/project-lanes';

/**
 * The swimlane and its table from one copy of the lanes: as a client component's props they cross to
 * the browser once, instead of once as the chart's props and again as the table's markup, and in their
 * compact form (`LaneData`): positions, labels and spans are derived here, not serialised.
 */
export function ChartedLanes({ data }: { data: LaneData }) {
  const chart = useMemo(() => projectLaneChart(data), [data]);
  return (
    <>
      <div style={{ minHeight: chart.lanes.length * 44 + 40 }}>
        {chart.lanes.length > 0 ? <LazyProjectSwimlane chart={chart} /> : null}
      </div>
      <ChartTable
        name="project-lanes"
        caption="Projects on a time axis, as a table"
        columns={['Project', 'Status', 'Span', 'Milestones']}
        rows={chart.lanes.map((lane) => ({
          key: lane.id,
          data: { 'data-id': lane.id, 'data-markers': lane.markers.length },
          cells: [
            lane.name,
            lane.statusLabel,
            lane.spanLabel,
            <ul key="markers">
              {lane.markers.map((m) => (
                // One string, one text node: as separate pieces React marks each boundary in the
                // HTML with a comment, about 4 kB across the 100-odd milestones of `/projects`.
                <li key={m.key}>
                  {`${m.dateLabel}: ${m.kindLabel}${m.planned ? ' (planned)' : ''} — ${m.description}${
                    m.source ? ` (source: ${m.source})` : ''
                  }`}
                </li>
              ))}
            </ul>,
          ],
        }))}
      />
    </>
  );
}
