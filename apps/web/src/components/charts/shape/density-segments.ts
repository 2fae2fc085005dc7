import type { DensityBar, DensitySeries } from './timeline-density';

export interface DensitySegment {
  period: string;
  /** The series' key (`milestone:agreement`). */
  series: string;
  count: number;
}

/**
 * Every non-zero (bar, series) pair, in the order of the download's rows: by period, then type and kind
 * in plain code-unit order (a year's own bar sorts before its quarters, as "2019" before "2019-Q1"). Worked
 * out from the bars, so the browser is sent the counts once.
 */
export function densitySegments(bars: DensityBar[], series: DensitySeries[]): DensitySegment[] {
  const keys = series.map((s) => s.key).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return bars.flatMap((bar) =>
    keys.flatMap((key) => {
      const count = Number(bar[key] ?? 0);
      return count > 0 ? [{ period: bar.period, series: key, count }] : [];
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
