import { and, eq, gt, inArray, sql, type SQL, type SQLWrapper } from 'drizzle-orm';
import type { TimelineFilter } from '@tianshan/model';
import type { Db } from '../client';
import { preparedFor } from '../prepared';
import { events, milestonePeriodCounts, milestones, projects } from '../schema';
import { eventWhere, milestoneWhere } from './timeline';
import { narrowsOnly } from './unfiltered';

/**
 * The quarter a partial date falls in (`2019-Q2`), or its year alone (`2019`) when the source gave only
 * the year: such an entry cannot be put in a quarter, and is counted apart rather than guessed. The
 * triggers that keep milestone_period_counts (drizzle/0009_aggregate_triggers.sql) spell the same rule.
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

/** The same counts from the tallies the database keeps as milestones and projects are written. */
function talliedMilestoneCounts(db: Db, filter: TimelineFilter) {
  const c = milestonePeriodCounts;
  return db
    .select({
      period: c.period,
      type: sql<'milestone'>`'milestone'`,
      kind: c.kind,
      count: c.count,
    })
    .from(c)
    .where(
      and(
        gt(c.count, 0),
        filter.milestoneKinds?.length ? inArray(c.kind, filter.milestoneKinds) : undefined,
      ),
    );
}

/** The tallies answer a filter that picks kinds at most (event kinds only decide whether milestones show). */
const tallied = (filter: TimelineFilter) => narrowsOnly(filter, ['milestoneKinds', 'eventKinds']);

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
export async function timelineDensity(db: Db, filter: TimelineFilter): Promise<DensityRow[]> {
  const parts = timelineParts(filter);
  const key = JSON.stringify(filter);
  const rows: DensityRow[] = [
    ...(parts.milestones
      ? tallied(filter)
        ? preparedFor(db, `tallied milestone counts ${key}`, () =>
            talliedMilestoneCounts(db, filter).prepare(),
          ).all()
        : preparedFor(db, `milestone counts ${key}`, () =>
            milestoneCounts(db, filter).prepare(),
          ).all()
      : []),
    ...(parts.events
      ? preparedFor(db, `event counts ${key}`, () => eventCounts(db, filter).prepare()).all()
      : []),
  ];
  // Plain code-unit order, as SQLite's ORDER BY in the download: locale collation would differ on '-'.
  // Each row's key is built once, not twice per comparison.
  return rows
    .map((row) => ({ row, key: `${row.period}\u0000${row.type}\u0000${row.kind}` }))
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
    .map(({ row }) => row);
}

/** Both halves as one statement (for the download), in the same order as `timelineDensity`. */
export function timelineDensityQuery(db: Db, filter: TimelineFilter) {
  const parts = timelineParts(filter);
  return [
    ...(parts.milestones ? [milestoneCounts(db, filter).toSQL()] : []),
    ...(parts.events ? [eventCounts(db, filter).toSQL()] : []),
  ];
}
