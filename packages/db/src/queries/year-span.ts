/** A chart row: the year and one value per line, null where no source reported that year. */
export type YearRow<K extends string> = { year: number } & Record<K, number | null>;

/**
 * Every calendar year from the first to the last one reported, so a chart draws a year nobody reported as
 * a gap instead of joining its neighbours across it.
 */
export function everyYearOfSpan<K extends string>(
  years: readonly number[],
  keys: readonly K[],
  valueOf: (year: number, key: K) => number | null,
): YearRow<K>[] {
  if (years.length === 0) return [];
  const first = years.reduce((a, b) => Math.min(a, b));
  const last = years.reduce((a, b) => Math.max(a, b));
  return Array.from({ length: last - first + 1 }, (_, i) => {
    const year = first + i;
    const values = Object.fromEntries(keys.map((key) => [key, valueOf(year, key)]));
    return { year, ...values } as YearRow<K>;
  });
}

/** Items by key, the first one winning, as a chart reads the first figure of a line for each year. */
export function firstByKey<T>(items: readonly T[], keyOf: (item: T) => string): Map<string, T> {
  const map = new Map<string, T>();
  for (const item of items) if (!map.has(keyOf(item))) map.set(keyOf(item), item);
  return map;
}
