import { MONTH_NAMES, parsePeriod } from './period';
import type { ReleaseRule } from './release-calendar';

/** The last month a figure covers: Jan-Oct 2026 and Oct 2026 both end at { year: 2026, endMonth: 10 }. */
export interface PeriodEnd {
  year: number;
  endMonth: number;
}

/** Months since year 0, so periods compare and step as integers. */
const indexOf = (p: PeriodEnd) => p.year * 12 + (p.endMonth - 1);
const fromIndex = (i: number): PeriodEnd => ({ year: Math.floor(i / 12), endMonth: (i % 12) + 1 });
const pad = (n: number) => String(n).padStart(2, '0');

/** `today` is always passed in (an ISO date), so every rule here is testable with a fixed clock. */
function monthIndexOfDate(today: string): { index: number; day: number } {
  const [year, month, day] = today.split('-').map(Number);
  return { index: (year ?? 0) * 12 + ((month ?? 1) - 1), day: day ?? 1 };
}

const STEP: Record<ReleaseRule['cadence'], number> = { month: 1, quarter: 3, year: 12 };

function endsAPeriod(rule: ReleaseRule, endMonth: number): boolean {
  return endMonth % STEP[rule.cadence] === 0;
}

/** The ISO date the publisher is expected to release the period ending at `end`. */
export function releaseDateOf(rule: ReleaseRule, end: PeriodEnd): string {
  const release = fromIndex(indexOf(end) + rule.monthsAfter);
  return `${release.year}-${pad(release.endMonth)}-${pad(rule.day)}`;
}

/** The newest period the rule says is out by `today`. */
export function latestReleased(rule: ReleaseRule, today: string): PeriodEnd {
  const now = monthIndexOfDate(today);
  // The release month of a period is its end month plus the lag; step back from the newest candidate.
  let index = now.index - rule.monthsAfter;
  while (
    !endsAPeriod(rule, fromIndex(index).endMonth) ||
    releaseDateOf(rule, fromIndex(index)) > today
  )
    index -= 1;
  return fromIndex(index);
}

/** The first period of the rule's cadence after `end`. */
export function nextPeriodAfter(rule: ReleaseRule, end: PeriodEnd): PeriodEnd {
  let index = indexOf(end) + 1;
  while (!endsAPeriod(rule, fromIndex(index).endMonth)) index += 1;
  return fromIndex(index);
}

export interface Freshness {
  /** The newest period the publisher should have released by today. */
  expected: PeriodEnd;
  /** When the first period missing here came out, or null when nothing is missing. */
  dueSince: string | null;
}

/**
 * Whether a series is behind its publisher. With nothing stored, the newest release is what is due; with
 * older figures stored, the series has been due since the first release after them.
 */
export function freshnessOf(rule: ReleaseRule, latest: PeriodEnd | null, today: string): Freshness {
  const expected = latestReleased(rule, today);
  if (latest === null) return { expected, dueSince: releaseDateOf(rule, expected) };
  if (indexOf(latest) >= indexOf(expected)) return { expected, dueSince: null };
  return { expected, dueSince: releaseDateOf(rule, nextPeriodAfter(rule, latest)) };
}

/** "Jan–Oct 2026", "Oct 2026" or "2026": the months a stored period label covers. */
export function formatPeriodSpan(year: number, period: string): string {
  const parsed = parsePeriod(period);
  if (!parsed) return `${period} ${year}`;
  return formatMonths(year, parsed.startMonth, parsed.endMonth);
}

/** How a release of the rule's shape ending at `end` is named ("Jan–Oct 2026", "Jul–Sep 2026", "2026"). */
export function formatReleasePeriod(rule: ReleaseRule, end: PeriodEnd): string {
  const start = rule.cumulative ? 1 : end.endMonth - STEP[rule.cadence] + 1;
  return formatMonths(end.year, start, end.endMonth);
}

function formatMonths(year: number, start: number, end: number): string {
  if (start === 1 && end === 12) return String(year);
  const first = MONTH_NAMES[start - 1] ?? '';
  const last = MONTH_NAMES[end - 1] ?? '';
  return start === end ? `${last} ${year}` : `${first}–${last} ${year}`;
}

/** "20 Nov 2026" from an ISO date. */
export function formatDueDate(iso: string): string {
  const [year, month, day] = iso.split('-').map(Number);
  return `${day ?? 1} ${MONTH_NAMES[(month ?? 1) - 1] ?? ''} ${year ?? ''}`;
}
