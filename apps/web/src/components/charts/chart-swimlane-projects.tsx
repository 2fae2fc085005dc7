'use client';

import { useCallback } from 'react';
import {
  ReferenceLine,
  Scatter,
  ScatterChart,
  useChartWidth,
  usePlotArea,
  useXAxisScale,
  XAxis,
  YAxis,
} from 'recharts';
import { anchorAt, type TooltipAnchor } from './chart-tooltip';
import { yearTicks } from './chart-scales';
import { glyphPath, LINE_GLYPHS } from './milestone-glyph';
import { STATUS_COLOURS } from './palette';
import type { Lane, LaneChart, LaneMarker } from './shape/project-lanes';
import { TooltipChart, useChartTooltip, useMarkerFocus } from './tooltip-chart';

const ROW = 44;
const INK = '#102a43';

type Active = { marker: LaneMarker; anchor: TooltipAnchor };

interface RowProps {
  cy?: number;
  lane: Lane;
  tooltipId: string;
  send: (active: Active | null) => void;
}

/** A project's row: its name and lane link to the project; each marker shows its milestone on hover or focus. */
function LaneRow({ cy, lane, tooltipId, send }: RowProps) {
  const { active: activeKey, handlers } = useMarkerFocus(send);
  const xScale = useXAxisScale();
  const plot = usePlotArea();
  const width = useChartWidth() ?? 0;
  if (!xScale || !plot || cy === undefined) return null;
  const px = (t: number) => xScale(t) ?? plot.x;
  const x0 = px(lane.start);
  const x1 = Math.max(px(lane.actualEnd), x0 + 4);
  const x2 = lane.plannedEnd !== null ? Math.max(px(lane.plannedEnd), x1) : null;
  const laneY = cy + 2;
  const maxChars = Math.max(12, Math.floor(plot.width / 6.5));
  // Cut at a word, without an ellipsis: the visible words must stay part of the link's accessible name.
  const cut = lane.name.slice(0, maxChars + 1);
  const words = cut.slice(0, Math.max(cut.lastIndexOf(' '), 1));
  // An unclosed bracket reads as a different name (axe label-content-name-mismatch): cut before it.
  const open = words.lastIndexOf('(');
  const name =
    lane.name.length <= maxChars
      ? lane.name
      : open > 0 && !words.includes(')', open)
        ? words.slice(0, open).trimEnd()
        : words;
  return (
    <g data-lane={lane.id} data-status={lane.status}>
      <a
        href={`/projects/${lane.id}`}
        aria-label={`${lane.name}: ${lane.statusLabel}, ${lane.spanLabel}`}
      >
        <rect x={plot.x} y={cy - ROW / 2} width={plot.width} height={ROW} fill="transparent" />
        <text x={plot.x + 2} y={cy - 8} fontSize={11} fill={INK}>
          {name}
        </text>
        <rect
          x={x0}
          y={laneY}
          width={x1 - x0}
          height={10}
          rx={2}
          fill={STATUS_COLOURS[lane.status] ?? '#9FB3C8'}
        />
        {x2 !== null && x2 > x1 ? (
          <rect
            data-planned-span
            x={x1}
            y={laneY}
            width={x2 - x1}
            height={10}
            rx={2}
            fill="#ffffff"
            stroke={STATUS_COLOURS[lane.status] ?? INK}
            strokeDasharray="4 3"
          />
        ) : null}
      </a>
      {lane.markers.map((m) => {
        const mx = px(m.x);
        const my = laneY + 5;
        const line = LINE_GLYPHS.has(m.kind);
        return (
          <g
            key={m.key}
            tabIndex={0}
            role="img"
            aria-label={`${lane.name}: ${m.kindLabel}${m.planned ? ' (planned)' : ''}, ${m.dateLabel}. ${m.description}${m.source ? `. Source: ${m.source}` : ''}`}
            aria-describedby={activeKey === m.key ? tooltipId : undefined}
            data-marker={m.key}
            data-marker-kind={m.kind}
            data-planned={m.planned ? 'true' : 'false'}
            {...handlers(m.key, () => ({ marker: m, anchor: anchorAt(mx, my, width) }))}
            className="cursor-default outline-none"
          >
            {activeKey === m.key ? (
              <circle cx={mx} cy={my} r={10} fill="none" stroke={INK} strokeWidth={2} />
            ) : null}
            <path
              d={glyphPath(m.kind, mx, my)}
              fill={line ? 'none' : m.planned ? '#ffffff' : INK}
              stroke={line ? INK : m.planned ? INK : '#ffffff'}
              strokeWidth={line ? 2.5 : 1}
              strokeDasharray={m.planned && !line ? '2 1' : undefined}
            />
            <circle cx={mx} cy={my} r={9} fill="transparent" />
          </g>
        );
      })}
    </g>
  );
}

/** Projects on a time axis: one lane per project, milestone markers by kind, lanes coloured by status. */
export default function ChartSwimlaneProjects({ chart }: { chart: LaneChart }) {
  const { tooltipId, send, listener } = useChartTooltip<Active>();
  const data = chart.lanes.map((lane, i) => ({ x: lane.start, y: i, lane }));
  const shape = useCallback(
    (props: { cy?: number; payload?: { lane: Lane } }) =>
      props.payload ? (
        <LaneRow cy={props.cy} lane={props.payload.lane} tooltipId={tooltipId} send={send} />
      ) : (
        <g />
      ),
    [send, tooltipId],
  );
  return (
    <TooltipChart
      name="project-lanes"
      height={chart.lanes.length * ROW + 40}
      tooltipId={tooltipId}
      listener={listener}
      tooltip={(active) => (
        <>
          <p className="font-semibold">
            {active.marker.kindLabel}
            {active.marker.planned ? ' (planned)' : ''} · {active.marker.dateLabel}
          </p>
          <p>{active.marker.description}</p>
          <p className="text-muted">Source: {active.marker.source ?? 'none recorded'}</p>
        </>
      )}
    >
      <ScatterChart margin={{ top: 16, right: 16, bottom: 4, left: 8 }}>
        <XAxis
          type="number"
          dataKey="x"
          domain={chart.xDomain}
          ticks={yearTicks(chart.xDomain)}
          allowDataOverflow
          tick={{ fontSize: 12 }}
        />
        <YAxis
          type="number"
          dataKey="y"
          domain={[-0.5, Math.max(0.5, chart.lanes.length - 0.5)]}
          reversed
          hide
        />
        <ReferenceLine
          x={chart.today}
          stroke={INK}
          strokeDasharray="2 3"
          label={{ value: 'today', position: 'top', fontSize: 11, fill: INK }}
        />
        <Scatter data={data} isAnimationActive={false} shape={shape} />
      </ScatterChart>
    </TooltipChart>
  );
}
