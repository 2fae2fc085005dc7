/**
 * A density bar's period code is all the browser is sent about it: "2019-Q2" for a quarter, "2019" for
 * the entries dated to that year alone. Its label and its list filter follow from the code, so they are
 * worked out where they are shown instead of crossing to the client once per bar.
 */
export const isYearOnly = (period: string) => period.length === 4;

/** "Q2 2019", or "2019 (year only)". */
export function periodLabel(period: string): string {
  const year = period.slice(0, 4);
  return isYearOnly(period) ? `${year} (year only)` : `Q${period.slice(6)} ${year}`;
}

/** The list's own `from`/`to` for a bar: a quarter's three months, or the whole year. */
export function periodRange(period: string): { from: string; to: string } {
  const year = period.slice(0, 4);
  if (isYearOnly(period)) return { from: year, to: year };
  const first = (Number(period.slice(6)) - 1) * 3 + 1;
  const month = (m: number) => `${year}-${String(m).padStart(2, '0')}`;
  return { from: month(first), to: month(first + 2) };
}
