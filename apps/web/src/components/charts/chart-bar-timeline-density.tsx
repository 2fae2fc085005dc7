'use client';

import {
  Bar,
  BarChart,
  CartesianGrid,
  ResponsiveContainer,
  XAxis,
  YAxis,
  type BarShapeProps,
} from 'recharts';
import { isYearOnly, periodLabel } from './shape/density-periods';
import { densityBars, type DensityBar } from './shape/density-segments';
import type { DensityChart, DensitySeries } from './shape/timeline-density';

type Props = {
  chart: DensityChart;
  /** The list's link for one bar segment: its period and kind, with the page's other filters. */
  hrefOf: (period: string, series: string) => string;
  /** The bar the list is filtered to, if any, drawn outlined. */
  activePeriod: string | null;
  height?: number;
};

function Segment({
  props,
  series,
  href,
  active,
}: {
  props: BarShapeProps;
  series: DensitySeries;
  href: string | undefined;
  active: boolean;
}) {
  const bar = props.payload as DensityBar | undefined;
  const count = bar ? Number(bar[series.key] ?? 0) : 0;
  if (!bar || count === 0 || !href) return <g />;
  const text = `${periodLabel(bar.period)}: ${count} ${series.label.toLowerCase()}${count === 1 ? '' : ' entries'} — show them in the list`;
  return (
    <a href={href} aria-label={text} data-density-segment={`${bar.period}|${series.key}`}>
      <title>{text}</title>
      <rect
        x={props.x}
        y={props.y}
        width={Math.max(props.width, 2)}
        height={Math.max(props.height, 1)}
        fill={series.colour}
        stroke={active ? '#102a43' : '#ffffff'}
        strokeWidth={active ? 1.5 : 0.5}
      />
    </a>
  );
}

/** Milestones and events per quarter, stacked by kind; each segment filters the list below. */
export default function ChartBarTimelineDensity({
  chart,
  hrefOf,
  activePeriod,
  height = 200,
}: Props) {
  const bars = densityBars(chart);
  return (
    <div data-chart="timeline-density">
      <ResponsiveContainer width="100%" height={height}>
        <BarChart data={bars} margin={{ top: 8, right: 8, bottom: 4, left: 0 }} barCategoryGap={1}>
          <CartesianGrid strokeDasharray="3 3" stroke="#d9e2ec" vertical={false} />
          <XAxis
            dataKey="period"
            interval={0}
            tickLine={false}
            tick={{ fontSize: 11 }}
            tickFormatter={(p: string, i: number) => {
              const year = Number(p.slice(0, 4));
              const firstOfYear =
                isYearOnly(p) || chart.periods[i - 1]?.slice(0, 4) !== p.slice(0, 4);
              const step = Math.max(1, Math.ceil(chart.periods.length / 4 / 8));
              return firstOfYear && year % step === 0 ? String(year) : '';
            }}
          />
          <YAxis allowDecimals={false} tick={{ fontSize: 11 }} width={32} />
          {chart.series.map((s) => (
            <Bar
              key={s.key}
              dataKey={s.key}
              stackId="entries"
              name={s.label}
              fill={s.colour}
              isAnimationActive={false}
              shape={(props: BarShapeProps) => {
                const bar = props.payload as DensityBar | undefined;
                return (
                  <Segment
                    props={props}
                    series={s}
                    href={bar ? hrefOf(bar.period, s.key) : undefined}
                    active={bar?.period === activePeriod}
                  />
                );
              }}
            />
          ))}
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
