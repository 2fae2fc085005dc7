import type { RouterOutputs } from '@tianshan/api';

type LaneRow = RouterOutputs['projects']['lanes']['rows'][number];
type SourceLink = LaneRow['source'];

/**
 * What the swimlane hands to the browser, and no more: everything it crosses with is serialised into the
 * page's RSC payload, parsed back and rendered again for the HTML. Positions, labels, spans and the
 * plan's markers are derived in the browser (`projectLaneChart`) from the dates and codes below.
 */
export interface LaneData {
  /** Today as the server saw it (`YYYY-MM-DD`): lanes of projects under way end here. */
  today: string;
  /** Each source title once; the lanes and milestones refer to it by index. */
  sources: string[];
  lanes: LaneRowData[];
}

/** A milestone as a tuple: its date as stored, kind, description, and its source's index or null. */
export type LaneMilestoneData = [
  date: string,
  kind: string,
  description: string,
  source: number | null,
];

/** A project's row as the server reads it, its sources and milestones in the compact form. */
export interface LaneRowData extends Pick<
  LaneRow,
  'id' | 'name' | 'status' | 'startedOn' | 'completedOn' | 'plannedStartOn' | 'plannedCompletionOn'
> {
  /** Indexes into `LaneData.sources`: the project's own, and the first of each planned date's report. */
  source: number | null;
  planSources: { start: number | null; completion: number | null };
  /** Oldest first, as listed. */
  milestones: LaneMilestoneData[];
}

/** The lanes' rows in their compact form, each source title kept once however many markers cite it. */
export function laneData(rows: LaneRow[], todayIso: string): LaneData {
  const sources: string[] = [];
  const indexById = new Map<number, number>();
  const indexOf = (source: SourceLink): number | null => {
    if (!source) return null;
    let index = indexById.get(source.id);
    if (index === undefined) {
      index = sources.push(source.title) - 1;
      indexById.set(source.id, index);
    }
    return index;
  };
  const lanes = rows.map((row): LaneRowData => ({
    id: row.id,
    name: row.name,
    status: row.status,
    startedOn: row.startedOn,
    completedOn: row.completedOn,
    plannedStartOn: row.plannedStartOn,
    plannedCompletionOn: row.plannedCompletionOn,
    source: indexOf(row.source),
    planSources: {
      start: indexOf(row.planSources.start),
      completion: indexOf(row.planSources.completion),
    },
    milestones: row.milestones.map((m) => [m.date, m.kind, m.description, indexOf(m.source)]),
  }));
  return { today: todayIso.slice(0, 10), sources, lanes };
}
