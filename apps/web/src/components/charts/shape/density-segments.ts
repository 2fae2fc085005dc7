import type { DensityChart } from './timeline-density';

export interface DensitySegment {
  period: string;
  /** The series' key (`milestone:agreement`). */
  series: string;
  count: number;
}

/** One bar as Recharts stacks it: its period and, under each series' key, that series' count. */
export interface DensityBar {
  period: string;
  [series: string]: string | number;
}

/** The bars Recharts draws, built in the browser from the columns the page was sent. */
export function densityBars(chart: DensityChart): DensityBar[] {
  return chart.periods.map((period, j) => {
    const bar: DensityBar = { period };
    chart.series.forEach((s, i) => (bar[s.key] = chart.counts[i]?.[j] ?? 0));
    return bar;
  });
}

/**
 * Every non-zero (period, series) pair, in the order of the download's rows: by period, then type and kind
 * in plain code-unit order (a year's own bar sorts before its quarters, as "2019" before "2019-Q1").
 */
export function densitySegments(chart: DensityChart): DensitySegment[] {
  const rows = chart.series
    .map((s, i) => ({ key: s.key, counts: chart.counts[i] ?? [] }))
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  return chart.periods.flatMap((period, j) =>
    rows.flatMap(({ key, counts }) => {
      const count = counts[j] ?? 0;
      return count > 0 ? [{ period, series: key, count }] : [];
    }),
  );
}

/**
 * The segments summed per year (a year's own bar and its quarters together), in the same order: the
 * density table's default rows, a fifth of the quarters' rows however long the timeline gets.
 */
export function densityYears(segments: DensitySegment[]): DensitySegment[] {
  const byKey = new Map<string, DensitySegment>();
  for (const s of segments) {
    const period = s.period.slice(0, 4);
    const key = `${period}|${s.series}`;
    const year = byKey.get(key);
    if (year) year.count += s.count;
    else byKey.set(key, { period, series: s.series, count: s.count });
  }
  return [...byKey.values()].sort((a, b) =>
    a.period !== b.period ? (a.period < b.period ? -1 : 1) : a.series < b.series ? -1 : 1,
  );
}
