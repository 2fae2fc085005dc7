import type { RouterOutputs } from '@tianshan/api';
import { ChartedLanes } from '~/components/charts/charted-lanes';
import { GLYPH_KINDS, glyphPath, LINE_GLYPHS } from '~/components/charts/milestone-glyph';
import { STATUS_COLOURS } from '~/components/charts/palette';
import { laneData } from '~/components/charts/shape/lane-data';
import { projectLaneChart } from '~/components/charts/shape/project-lanes';
import { label } from '~/components/filters/label';
import { DownloadCsv } from '~/components/ui/section';

type Props = {
  lanes: RouterOutputs['projects']['lanes'];
  /** The chart's own download, with the page's filters. */
  downloadHref: string;
  /** How the rows are ordered, in words ("the list's order: most recently started first"). */
  order?: string;
  /** Today, as the server saw it: lanes of projects under way end here. */
  today: string;
};

function Legend({ statuses }: { statuses: string[] }) {
  return (
    <div className="space-y-1 text-xs text-muted" aria-hidden="true">
      <ul className="flex flex-wrap gap-x-3 gap-y-1">
        {statuses.map((s) => (
          <li key={s} className="flex items-center gap-1">
            <span
              className="inline-block h-2.5 w-4 rounded-sm"
              style={{ background: STATUS_COLOURS[s] ?? '#9FB3C8' }}
            />
            {label(s)}
          </li>
        ))}
      </ul>
      <ul className="flex flex-wrap gap-x-3 gap-y-1">
        {GLYPH_KINDS.map((k) => (
          <li key={k} className="flex items-center gap-1">
            <svg width="14" height="14" viewBox="0 0 14 14">
              <path
                d={glyphPath(k, 7, 7, 4)}
                fill={LINE_GLYPHS.has(k) ? 'none' : '#102a43'}
                stroke="#102a43"
                strokeWidth={LINE_GLYPHS.has(k) ? 2 : 1}
              />
            </svg>
            {label(k)}
          </li>
        ))}
        <li>hollow marker, dashed lane: planned</li>
      </ul>
    </div>
  );
}

/**
 * The swimlane chart with what it needs around it: how many of how many projects it shows, a key, the
 * same data as a table for screen readers, and its download.
 */
export function ProjectSwimlane({ lanes, downloadHref, order, today }: Props) {
  const data = laneData(lanes.rows, today);
  // Shaped here too (20-odd lanes, cheap) for the count and the key; the browser shapes its own copy.
  const chart = projectLaneChart(data);
  const shown = chart.lanes.length;
  const undated = lanes.rows.length - shown;
  const statuses = [...new Set(chart.lanes.map((l) => l.status))];
  return (
    <figure className="min-w-0 space-y-2" data-testid="project-swimlane">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <figcaption className="text-sm text-muted" data-testid="swimlane-count">
          {lanes.total > 1 || lanes.rows.length !== lanes.total
            ? `${shown} of ${lanes.total} project${lanes.total === 1 ? '' : 's'}${order ? `, in ${order}` : ''}`
            : 'Its milestones on a time axis'}
          {undated > 0 ? ` (${undated} without any date not drawn)` : ''}. Click a row to open the
          project.
        </figcaption>
        <DownloadCsv href={downloadHref} what="the timeline chart's data" />
      </div>
      <Legend statuses={statuses} />
      <ChartedLanes data={data} />
    </figure>
  );
}
