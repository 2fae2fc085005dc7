import type { RouterOutputs } from '@tianshan/api';
import { EVENT_KINDS, MILESTONE_KINDS } from '@tianshan/model';
import { label } from '~/components/filters/label';

type Row = RouterOutputs['timeline']['density'][number];

export interface DensitySeries {
  key: string;
  type: 'milestone' | 'event';
  kind: string;
  label: string;
  colour: string;
}

export interface DensityBar {
  period: string;
  /** "Q2 2019", or "2019 (year only)" for entries dated to the year alone. */
  label: string;
  /** The list's own `from`/`to` for this bar: a quarter's months, or the whole year. */
  from: string;
  to: string;
  yearOnly: boolean;
  total: number;
  /** Count per series key; a missing key is zero. */
  [series: string]: string | number | boolean;
}

export interface DensityChart {
  bars: DensityBar[];
  series: DensitySeries[];
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

function seriesOf(type: 'milestone' | 'event', kind: string): DensitySeries {
  const list: readonly string[] = type === 'milestone' ? MILESTONE_KINDS : EVENT_KINDS;
  const colours = type === 'milestone' ? MILESTONE_COLOURS : EVENT_COLOURS;
  const i = list.indexOf(kind);
  return {
    key: `${type}:${kind}`,
    type,
    kind,
    label: `${type === 'milestone' ? 'Milestone' : 'Event'}: ${label(kind).toLowerCase()}`,
    colour: colours[i === -1 ? colours.length - 1 : i] ?? '#000000',
  };
}

function quarterBar(year: number, q: number): DensityBar {
  const first = (q - 1) * 3 + 1;
  const pad = (m: number) => String(m).padStart(2, '0');
  return {
    period: `${year}-Q${q}`,
    label: `Q${q} ${year}`,
    from: `${year}-${pad(first)}`,
    to: `${year}-${pad(first + 2)}`,
    yearOnly: false,
    total: 0,
  };
}

/**
 * Bars in time order: every quarter from the first year to the last (empty quarters stay, so the axis is
 * time), and before a year's quarters a bar for what is dated to that year only, where there is any.
 */
export function densityChart(rows: Row[]): DensityChart {
  if (rows.length === 0) return { bars: [], series: [] };
  const years = rows.map((r) => Number(r.period.slice(0, 4)));
  const first = Math.min(...years);
  const last = Math.max(...years);
  const byPeriod = new Map<string, DensityBar>();
  const bars: DensityBar[] = [];
  const yearOnly = new Set(rows.filter((r) => r.period.length === 4).map((r) => r.period));
  for (let y = first; y <= last; y++) {
    if (yearOnly.has(String(y))) {
      const bar: DensityBar = {
        period: String(y),
        label: `${y} (year only)`,
        from: String(y),
        to: String(y),
        yearOnly: true,
        total: 0,
      };
      bars.push(bar);
      byPeriod.set(bar.period, bar);
    }
    for (let q = 1; q <= 4; q++) {
      const bar = quarterBar(y, q);
      bars.push(bar);
      byPeriod.set(bar.period, bar);
    }
  }
  const series = new Map<string, DensitySeries>();
  for (const r of rows) {
    const bar = byPeriod.get(r.period);
    if (!bar || r.count === 0) continue;
    const s = series.get(`${r.type}:${r.kind}`) ?? seriesOf(r.type, r.kind);
    series.set(s.key, s);
    bar[s.key] = r.count;
    bar.total += r.count;
  }
  const order = (s: DensitySeries) =>
    (s.type === 'milestone' ? 0 : 100) +
    (s.type === 'milestone'
      ? (MILESTONE_KINDS as readonly string[]).indexOf(s.kind)
      : (EVENT_KINDS as readonly string[]).indexOf(s.kind));
  return { bars, series: [...series.values()].sort((a, b) => order(a) - order(b)) };
}
