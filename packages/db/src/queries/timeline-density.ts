import { eq, sql, type SQL, type SQLWrapper } from 'drizzle-orm';
import type { TimelineFilter } from '@tianshan/model';
import type { Db } from '../client';
import { events, milestones, projects } from '../schema';
import { eventWhere, milestoneWhere } from './timeline';

/**
 * The quarter a partial date falls in (`2019-Q2`), or its year alone (`2019`) when the source gave only
 * the year: such an entry cannot be put in a quarter, and is counted apart rather than guessed.
 */
function periodOf(date: SQLWrapper): SQL<string> {
  return sql<string>`CASE WHEN length(${date}) >= 7 THEN substr(${date}, 1, 4) || '-Q' || ((CAST(substr(${date}, 6, 2) AS INTEGER) + 2) / 3) ELSE substr(${date}, 1, 4) END`;
}

/** Which halves of the timeline a filter keeps, by the same rule as the list. */
function timelineParts(filter: TimelineFilter) {
  return {
    milestones: !filter.eventKinds?.length || Boolean(filter.milestoneKinds?.length),
    events: !filter.sectors?.length && !filter.milestoneKinds?.length,
  };
}

export interface DensityRow {
  period: string;
  type: 'milestone' | 'event';
  kind: string;
  count: number;
}

function milestoneCounts(db: Db, filter: TimelineFilter) {
  const period = periodOf(milestones.date);
  return db
    .select({
      period,
      type: sql<'milestone'>`'milestone'`,
      kind: milestones.kind,
      count: sql<number>`count(*)`,
    })
    .from(milestones)
    .innerJoin(projects, eq(projects.id, milestones.projectId))
    .where(milestoneWhere(filter))
    .groupBy(period, milestones.kind);
}

function eventCounts(db: Db, filter: TimelineFilter) {
  const period = periodOf(events.date);
  return db
    .select({
      period,
      type: sql<'event'>`'event'`,
      kind: events.kind,
      count: sql<number>`count(*)`,
    })
    .from(events)
    .where(eventWhere(filter))
    .groupBy(period, events.kind);
}

/** Milestones and events per quarter and kind, counted in SQL, with the list's filters. */
export function timelineDensity(db: Db, filter: TimelineFilter): DensityRow[] {
  const parts = timelineParts(filter);
  const rows: DensityRow[] = [
    ...(parts.milestones ? milestoneCounts(db, filter).all() : []),
    ...(parts.events ? eventCounts(db, filter).all() : []),
  ];
  // Plain code-unit order, as SQLite's ORDER BY in the download: locale collation would differ on '-'.
  const key = (r: DensityRow) => `${r.period}\u0000${r.type}\u0000${r.kind}`;
  return rows.sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
}

/** Both halves as one statement (for the download), in the same order as `timelineDensity`. */
export function timelineDensityQuery(db: Db, filter: TimelineFilter) {
  const parts = timelineParts(filter);
  return [
    ...(parts.milestones ? [milestoneCounts(db, filter).toSQL()] : []),
    ...(parts.events ? [eventCounts(db, filter).toSQL()] : []),
  ];
}
