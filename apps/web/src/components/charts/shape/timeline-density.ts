import type { RouterOutputs } from '@tianshan/api';
import { EVENT_KINDS, MILESTONE_KINDS } from '@tianshan/model';
import { label } from '~/components/filters/label';
import { isYearOnly } from './density-periods';

type Row = RouterOutputs['timeline']['density'][number];

/** One stacked series: a type and kind of entry (`milestone:agreement`), its words and its colour. */
export interface DensitySeries {
  key: string;
  label: string;
  colour: string;
}

/**
 * What the density chart and its table are sent, column by column: the periods once, in time order, and
 * per series one count for each period. One object per bar with the series' keys spelled out each time
 * was half of `/timeline`'s payload at 1,000,000 rows.
 */
export interface DensityChart {
  /** Period codes (`density-periods.ts`): every quarter from the first year to the last. */
  periods: string[];
  series: DensitySeries[];
  /** `counts[i][j]`: the entries of `series[i]` in `periods[j]`. */
  counts: number[][];
}

// Okabe–Ito for milestones (in MILESTONE_KINDS order; black for the seventh, since its yellow is too pale
// on white); Tol's muted scheme for events: the two families stay apart in the stack.
const MILESTONE_COLOURS = [
  '#0072B2',
  '#E69F00',
  '#009E73',
  '#000000',
  '#CC79A7',
  '#D55E00',
  '#56B4E9',
];
const EVENT_COLOURS = [
  '#332288',
  '#88CCEE',
  '#44AA99',
  '#117733',
  '#999933',
  '#DDCC77',
  '#CC6677',
  '#882255',
  '#AA4499',
];

const KIND_ORDER = { milestone: MILESTONE_KINDS, event: EVENT_KINDS } as const;

/** A kind's place in its type's list of kinds (-1 for one the list does not name). */
function kindIndex(type: Row['type'], kind: string): number {
  return (KIND_ORDER[type] as readonly string[]).indexOf(kind);
}

/** Milestones in MILESTONE_KINDS order, then events in EVENT_KINDS order. */
function seriesRank(type: Row['type'], kind: string): number {
  return (type === 'milestone' ? 0 : 100) + kindIndex(type, kind);
}

function seriesOf(type: Row['type'], kind: string): DensitySeries {
  const colours = type === 'milestone' ? MILESTONE_COLOURS : EVENT_COLOURS;
  const i = kindIndex(type, kind);
  return {
    key: `${type}:${kind}`,
    label: `${type === 'milestone' ? 'Milestone' : 'Event'}: ${label(kind).toLowerCase()}`,
    colour: colours[i === -1 ? colours.length - 1 : i] ?? '#000000',
  };
}

/**
 * Periods in time order: every quarter from the first year to the last (empty quarters stay, so the axis
 * is time), and before a year's quarters the year alone, for what is dated to that year only, where there
 * is any.
 */
function periodsOf(rows: Row[]): string[] {
  const years = rows.map((r) => Number(r.period.slice(0, 4)));
  const first = Math.min(...years);
  const last = Math.max(...years);
  const yearOnly = new Set(rows.filter((r) => isYearOnly(r.period)).map((r) => r.period));
  const periods: string[] = [];
  for (let y = first; y <= last; y++) {
    if (yearOnly.has(String(y))) periods.push(String(y));
    for (let q = 1; q <= 4; q++) periods.push(`${y}-Q${q}`);
  }
  return periods;
}

/** The counts per period and series, with a series for every type and kind that has any. */
export function densityChart(rows: Row[]): DensityChart {
  const counted = rows.filter((r) => r.count > 0);
  if (counted.length === 0) return { periods: [], series: [], counts: [] };
  const periods = periodsOf(counted);
  const kinds = [...new Map(counted.map((r) => [`${r.type}:${r.kind}`, r])).values()].sort(
    (a, b) => seriesRank(a.type, a.kind) - seriesRank(b.type, b.kind),
  );
  const series = kinds.map((r) => seriesOf(r.type, r.kind));
  const byCell = new Map(counted.map((r) => [`${r.type}:${r.kind}|${r.period}`, r.count]));
  const counts = series.map((s) => periods.map((p) => byCell.get(`${s.key}|${p}`) ?? 0));
  return { periods, series, counts };
}
