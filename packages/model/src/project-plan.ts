import type { ProjectStatus } from './enums';
import {
  formatPartialDate,
  isValidPartialDate,
  partialDateBounds,
  precisionOf,
} from './partial-date';

/** A dated report of a plan or an outcome, as far as choosing among reports needs it. */
export interface DatedReport {
  id: number;
  date: string | null;
  /** An editor's explicit choice among the reports of one fact. */
  preferred: boolean | null;
  /** When its newest source was published, where known. */
  sourceDate: string | null;
}

/** Unknown publication dates sort after every known one, whichever the direction. */
const bySourceDate = (direction: 1 | -1) => (a: DatedReport, b: DatedReport) => {
  if ((a.sourceDate === null) !== (b.sourceDate === null)) return a.sourceDate === null ? 1 : -1;
  const d = (a.sourceDate ?? '').localeCompare(b.sourceDate ?? '') * direction;
  return d !== 0 ? d : a.id - b.id;
};

const dated = <R extends DatedReport>(reports: readonly R[]) => reports.filter((r) => r.date);

/**
 * The plan a project is measured against: an editor's choice, else the plan as first reported (the oldest
 * source, then the first recorded). A plan stated only as a span of time ("about six years") has no date
 * and is never the baseline.
 */
export function baselinePlan<R extends DatedReport>(reports: readonly R[]): R | null {
  const candidates = dated(reports);
  const chosen = candidates.find((r) => r.preferred);
  return chosen ?? [...candidates].sort(bySourceDate(1))[0] ?? null;
}

/** The newest restatement of a plan other than the baseline: what is now expected. */
export function latestRestatement<R extends DatedReport>(
  reports: readonly R[],
  baseline: R | null,
): R | null {
  const others = dated(reports).filter((r) => r.id !== baseline?.id);
  return [...others].sort(bySourceDate(-1))[0] ?? null;
}

/** The outcome a plan is compared with: an editor's choice, else the newest report. */
export function chosenOutcome<R extends DatedReport>(reports: readonly R[]): R | null {
  const candidates = dated(reports);
  return candidates.find((r) => r.preferred) ?? [...candidates].sort(bySourceDate(-1))[0] ?? null;
}

/** What the write layer keeps on a project from its date reports. */
export interface ProjectPlan {
  plannedStartOn: string | null;
  plannedCompletionOn: string | null;
  /** The actual completion where reported, else the newest restated plan: what the plan is compared with. */
  expectedCompletionOn: string | null;
}

export function projectPlanOf(reports: {
  plannedStart: readonly DatedReport[];
  plannedCompletion: readonly DatedReport[];
  actualCompletion: readonly DatedReport[];
}): ProjectPlan {
  const baseline = baselinePlan(reports.plannedCompletion);
  const actual = chosenOutcome(reports.actualCompletion);
  const restated = latestRestatement(reports.plannedCompletion, baseline);
  return {
    plannedStartOn: baselinePlan(reports.plannedStart)?.date ?? null,
    plannedCompletionOn: baseline?.date ?? null,
    expectedCompletionOn: actual?.date ?? restated?.date ?? null,
  };
}

/** Statuses of a project that is still on its way to completion: past its planned date, it is late. */
export const UNFINISHED_STATUSES = [
  'announced',
  'agreement-signed',
  'pre-construction',
  'under-construction',
] as const satisfies readonly ProjectStatus[];

export interface Slippage {
  planned: string;
  /** The later date, or null when the project is simply not complete by today. */
  outcome: string | null;
  /** "+2 years", "+5 months". */
  label: string;
  /** Said in full, for a title or a screen reader. */
  description: string;
}

const monthIndex = (date: string) => Number(date.slice(0, 4)) * 12 + Number(date.slice(5, 7) || 1);
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/**
 * How much later than planned a project finished or is now expected to finish, at the coarser of the two
 * precisions (a year stays a year: planned 2020, done 2022 is "+2 years"). A date is later only when it
 * is later whichever day its precision stands for.
 */
function gap(planned: string, later: string): string {
  if (precisionOf(planned) === 'year' || precisionOf(later) === 'year')
    return `+${plural(Number(later.slice(0, 4)) - Number(planned.slice(0, 4)), 'year')}`;
  const months = monthIndex(later) - monthIndex(planned);
  return months < 12
    ? `+${plural(months, 'month')}`
    : `+${plural(Math.floor(months / 12), 'year')}`;
}

/**
 * The slippage of a project's completion: the actual or expected completion later than planned, or — for
 * a project still unfinished with no newer date — today past the planned date. Null when not late.
 */
export function completionSlippage(project: {
  plannedCompletionOn: string | null;
  expectedCompletionOn: string | null;
  status: string;
  today: string;
}): Slippage | null {
  const planned = project.plannedCompletionOn;
  if (!planned || !isValidPartialDate(planned)) return null;
  const plannedEnd = partialDateBounds(planned).end;
  const expected = project.expectedCompletionOn;
  if (expected && isValidPartialDate(expected)) {
    if (partialDateBounds(expected).start <= plannedEnd) return null;
    return {
      planned,
      outcome: expected,
      label: gap(planned, expected),
      description: `planned for ${formatPartialDate(planned)}, now ${formatPartialDate(expected)}`,
    };
  }
  const unfinished = (UNFINISHED_STATUSES as readonly string[]).includes(project.status);
  if (!unfinished || project.today <= plannedEnd) return null;
  return {
    planned,
    outcome: null,
    label: gap(planned, project.today),
    description: `planned for ${formatPartialDate(planned)}, not complete yet`,
  };
}
