'use client';

import { useCallback } from 'react';
import {
  CartesianGrid,
  Scatter,
  ScatterChart,
  useChartWidth,
  useXAxisScale,
  XAxis,
  YAxis,
} from 'recharts';
import { anchorAt, type TooltipAnchor } from './chart-tooltip';
import { usdAxis, yearTicks } from './chart-scales';
import { scopeColour } from './palette';
import type { InvestmentMark, InvestmentPanel } from './shape/investment-panels';
import { TooltipChart, useChartTooltip, useMarkerFocus } from './tooltip-chart';

type Active = { mark: InvestmentMark; anchor: TooltipAnchor };

interface MarkerProps {
  cx?: number;
  cy?: number;
  mark: InvestmentMark;
  tooltipId: string;
  send: (active: Active | null) => void;
}

/**
 * A bound ("more than", "at most") is an open marker with an arrow towards where the true value lies; an
 * exact or approximate figure is a filled one. The thin bar either side is the span the date can mean
 * (a whole year for "2019"), so a year-only figure is not drawn as if dated to a day.
 */
function Marker({ cx, cy, mark, tooltipId, send }: MarkerProps) {
  const { active: activeKey, handlers } = useMarkerFocus(send);
  const xScale = useXAxisScale();
  const width = useChartWidth() ?? 0;
  if (cx === undefined || cy === undefined) return null;
  const colour = scopeColour(mark.scope);
  const x0 = xScale?.(mark.xStart);
  const x1 = xScale?.(mark.xEnd);
  const bound = mark.qualifier === 'more-than' ? -1 : mark.qualifier === 'at-most' ? 1 : 0;
  const active = activeKey !== null;
  const label = `${mark.scopeName}, ${mark.dateLabel}: ${mark.valueLabel}. ${mark.metricLabel}.${mark.source ? ` Source: ${mark.source.title}` : ''}`;
  return (
    <a
      href={mark.source ? `/sources/${mark.source.id}` : undefined}
      aria-label={label}
      aria-describedby={active ? tooltipId : undefined}
      data-chart-point={mark.id}
      data-qualifier={mark.qualifier}
      {...handlers('mark', () => ({ mark, anchor: anchorAt(cx, cy, width) }))}
      className="cursor-pointer outline-none"
    >
      {x0 !== undefined && x1 !== undefined && x1 - x0 > 3 ? (
        <g stroke={colour} strokeWidth={2} opacity={0.6}>
          <line x1={x0} x2={x1} y1={cy} y2={cy} />
          <line x1={x0} x2={x0} y1={cy - 3} y2={cy + 3} />
          <line x1={x1} x2={x1} y1={cy - 3} y2={cy + 3} />
        </g>
      ) : null}
      {active ? (
        <circle cx={cx} cy={cy} r={10} fill="none" stroke="#102a43" strokeWidth={2} />
      ) : null}
      {bound !== 0 ? (
        <g data-bound={bound < 0 ? 'lower' : 'upper'}>
          <line
            x1={cx}
            x2={cx}
            y1={cy + bound * 6}
            y2={cy + bound * 16}
            stroke={colour}
            strokeWidth={2}
          />
          <path
            d={`M${cx - 4},${cy + bound * 12} L${cx},${cy + bound * 17} L${cx + 4},${cy + bound * 12}`}
            fill="none"
            stroke={colour}
            strokeWidth={2}
          />
          <circle cx={cx} cy={cy} r={5} fill="#ffffff" stroke={colour} strokeWidth={2} />
        </g>
      ) : (
        <circle
          cx={cx}
          cy={cy}
          r={5}
          fill={colour}
          stroke={mark.qualifier === 'about' ? '#ffffff' : colour}
          strokeDasharray={mark.qualifier === 'about' ? '2 2' : undefined}
          strokeWidth={mark.qualifier === 'about' ? 2 : 1}
        />
      )}
      {/* A larger invisible target: a 10 px dot is hard to hit with a finger. */}
      <circle cx={cx} cy={cy} r={12} fill="transparent" />
    </a>
  );
}

/** One kind of investment figure over time: every figure a marker, none added to another. */
export default function ChartScatterInvestments({
  panel,
  height = 260,
}: {
  panel: InvestmentPanel;
  height?: number;
}) {
  const { tooltipId, send, listener } = useChartTooltip<Active>();
  const money = usdAxis(panel.yMax);
  const shape = useCallback(
    (props: { cx?: number; cy?: number; payload?: InvestmentMark }) =>
      props.payload ? (
        <Marker
          cx={props.cx}
          cy={props.cy}
          mark={props.payload}
          tooltipId={tooltipId}
          send={send}
        />
      ) : (
        <g />
      ),
    [send, tooltipId],
  );
  return (
    <TooltipChart
      name="investments"
      attributes={{ 'data-panel': panel.key }}
      height={height}
      tooltipId={tooltipId}
      listener={listener}
      tooltip={(active) => (
        <>
          <p className="font-semibold">
            {active.mark.scopeName} · {active.mark.dateLabel}
          </p>
          <p>
            {active.mark.valueLabel} — {active.mark.metricLabel}
          </p>
          <p className="text-muted">
            Source: {active.mark.source ? active.mark.source.title : 'none recorded'}
          </p>
        </>
      )}
    >
      <ScatterChart margin={{ top: 20, right: 16, bottom: 8, left: 8 }}>
        <CartesianGrid strokeDasharray="3 3" stroke="#d9e2ec" />
        <XAxis
          type="number"
          dataKey="x"
          domain={panel.xDomain}
          ticks={yearTicks(panel.xDomain)}
          allowDataOverflow
          tick={{ fontSize: 12 }}
        />
        <YAxis
          type="number"
          dataKey="y"
          domain={[0, Math.max(1, panel.yMax * 1.15)]}
          tickFormatter={(v: number) =>
            panel.unit === 'usd' ? money.format(v) : v.toLocaleString('en-US')
          }
          tick={{ fontSize: 12 }}
          width={48}
          label={{
            value: panel.unit === 'usd' ? money.label : 'count',
            angle: -90,
            position: 'insideLeft',
            fontSize: 12,
          }}
        />
        {panel.scopes.map((scope) => (
          <Scatter
            key={scope}
            data={panel.marks.filter((m) => m.scope === scope)}
            isAnimationActive={false}
            shape={shape}
          />
        ))}
      </ScatterChart>
    </TooltipChart>
  );
}
