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
