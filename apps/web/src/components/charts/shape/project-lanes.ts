import { timeOfDay, timeSpanOf } from '@tianshan/model/chart-time';
import { formatPartialDate } from '@tianshan/model/dates';
import { label } from '~/components/filters/label';
import type { LaneData, LaneRowData } from './lane-data';

/** Statuses during which a project is still under way: its lane runs on to today. */
const UNDER_WAY = new Set([
  'announced',
  'agreement-signed',
  'pre-construction',
  'under-construction',
  'partly-operating',
]);

export interface LaneMarker {
  /** Unique within its lane; milestones' start with `m`. */
  key: string;
  x: number;
  kind: string;
  kindLabel: string;
  /** Dated after today: a plan, drawn apart from what has happened. */
  planned: boolean;
  dateLabel: string;
  description: string;
  /** The title of its first source. */
  source: string | null;
}

export interface Lane {
  id: number;
  name: string;
  status: string;
  statusLabel: string;
  /** Drawn solid from `start` to `actualEnd`, dashed on to `plannedEnd` when a later date is planned. */
  start: number;
  actualEnd: number;
  plannedEnd: number | null;
  /** In words, for the table and the row's label. */
  spanLabel: string;
  markers: LaneMarker[];
}

export interface LaneChart {
  lanes: Lane[];
  xDomain: [number, number];
  today: number;
}

/** A source title from its index in `LaneData.sources`. */
const titleOf = (sources: string[], index: number | null) =>
  index === null ? null : (sources[index] ?? null);

/**
 * The plan as first reported, drawn apart from what happened (hollow, whatever its date): a plan that
 * has passed still shows how late the project is.
 */
function planMarkers(row: LaneRowData, sources: string[]): LaneMarker[] {
  const plans = [
    {
      kind: 'planned-start',
      kindLabel: 'Planned start',
      date: row.plannedStartOn,
      source: row.planSources.start,
    },
    {
      kind: 'planned-completion',
      kindLabel: 'Planned completion',
      date: row.plannedCompletionOn,
      source: row.planSources.completion,
    },
  ];
  return plans.flatMap(({ date, source, ...plan }) =>
    date
      ? [
          {
            ...plan,
            key: plan.kind,
            source: titleOf(sources, source),
            x: timeSpanOf(date).mid,
            planned: true,
            dateLabel: formatPartialDate(date),
            description: `${plan.kindLabel} as first reported: ${formatPartialDate(date)}`,
          },
        ]
      : [],
  );
}

function laneOf(row: LaneRowData, day: string, sources: string[]): Lane | null {
  const today = timeOfDay(day);
  const markers: LaneMarker[] = row.milestones.map(([date, kind, description, source], i) => ({
    key: `m${i}`,
    x: timeSpanOf(date).mid,
    kind,
    kindLabel: label(kind),
    planned: date > day,
    dateLabel: formatPartialDate(date),
    description,
    source: titleOf(sources, source),
  }));
  markers.push(...planMarkers(row, sources));
  if (row.completedOn && row.completedOn > day && row.completedOn !== row.plannedCompletionOn)
    markers.push({
      key: 'c',
      x: timeSpanOf(row.completedOn).mid,
      kind: 'planned-completion',
      kindLabel: 'Planned completion',
      planned: true,
      dateLabel: formatPartialDate(row.completedOn),
      description: `Completion planned for ${formatPartialDate(row.completedOn)}`,
      source: titleOf(sources, row.source),
    });
  // Milestones come oldest first, in the code-point order of their dates.
  const firstMilestone = row.milestones[0]?.[0] ?? null;
  const lastMilestone = row.milestones.at(-1)?.[0] ?? null;
  const firstDate = [firstMilestone, row.startedOn]
    .filter((d): d is string => d !== null)
    .sort()[0];
  if (!firstDate) return null;
  const start = timeSpanOf(firstDate).start;
  const actual = markers.filter((m) => !m.planned).map((m) => m.x);
  let actualEnd = Math.max(start, ...actual);
  if (row.completedOn && row.completedOn <= day)
    actualEnd = Math.max(actualEnd, timeSpanOf(row.completedOn).mid);
  else if (UNDER_WAY.has(row.status) || (row.completedOn && row.completedOn > day))
    actualEnd = Math.max(actualEnd, today);
  const planned = markers.filter((m) => m.planned).map((m) => m.x);
  const plannedEnd = planned.length ? Math.max(...planned) : null;
  const until =
    row.completedOn && row.completedOn <= day
      ? `completed ${formatPartialDate(row.completedOn)}`
      : actualEnd === today
        ? 'under way today'
        : `last milestone ${formatPartialDate(lastMilestone ?? firstDate)}`;
  return {
    id: row.id,
    name: row.name,
    status: row.status,
    statusLabel: label(row.status),
    start,
    actualEnd,
    plannedEnd,
    spanLabel: `from ${formatPartialDate(firstDate)}, ${until}${
      row.completedOn && row.completedOn > day
        ? `; completion planned ${formatPartialDate(row.completedOn)}`
        : ''
    }${
      row.plannedCompletionOn && row.plannedCompletionOn !== row.completedOn
        ? `; planned completion as first reported ${formatPartialDate(row.plannedCompletionOn)}`
        : ''
    }`,
    markers,
  };
}

/**
 * One lane per project from its first milestone (or stated start) to completion, or to today while it is
 * under way. A project with no date at all has no lane (the table still lists it).
 */
export function projectLaneChart(data: LaneData): LaneChart {
  const lanes = data.lanes
    .map((r) => laneOf(r, data.today, data.sources))
    .filter((l): l is Lane => l !== null);
  const today = timeOfDay(data.today);
  const from = Math.min(...lanes.map((l) => l.start), today);
  const to = Math.max(...lanes.map((l) => l.plannedEnd ?? l.actualEnd), today);
  return { lanes, xDomain: [Math.floor(from), Math.ceil(to + 0.01)], today };
}
