import { and, eq, exists, inArray, isNull, sql, type SQL, type SQLWrapper } from 'drizzle-orm';
import type { TimelineFilter } from '@tianshan/model';
import { countriesOf } from './countries';
import { sourcesFor, type SourceRef } from './citations';
import { readerOf, type Database, type SqlDialect, type Tables } from './reader/reader';
import { allColumns, selectRows } from './reader/selection';
import { sqliteSql } from './reader/sqlite-reader';
import { textSearch } from './search';

export interface TimelineEntry {
  type: 'milestone' | 'event';
  id: number;
  date: string;
  kind: string;
  description: string;
  countries: string[];
  project: { id: number; name: string; sector: string } | null;
  sources: SourceRef[];
}

/** `to` is inclusive at its own precision: to=2025 keeps 2025-12-31. */
function upperBound(to: string): string {
  return `${to}\uffff`;
}

/**
 * A date (text) compared by code point, as SQLite compares text: the same rows whatever the database's
 * locale, and on PostgreSQL a range its date indexes (kept in that order) can read.
 */
function dateIs(dialect: SqlDialect, date: SQLWrapper, op: '>' | '>=' | '<=', bound: unknown): SQL {
  return sql`${dialect.byCodePoint(date)} ${sql.raw(op)} ${bound}`;
}

/**
 * The milestone's project is live, tested by its own lookup rather than as a condition of the join: a
 * condition there made SQLite build a Bloom filter of every live project before reading the first
 * milestone (3–6 ms at 20,000 projects, for a page of 6 or 50 milestones read in date order). Written as
 * NOT EXISTS, not as `(SELECT deleted_at …) IS NULL`: PostgreSQL guesses a scalar subquery IS NULL keeps
 * 0.5% of the rows, and on that guess it sorted every past milestone for the milestone window (25 ms at
 * 50,000 milestones, against 0.5 ms as an anti-join it estimates from the data); SQLite runs both alike.
 */
function projectIsLive({ projects, milestones }: Tables): SQL {
  return sql`NOT EXISTS (SELECT 1 FROM ${projects} own_project WHERE own_project.id = ${milestones.projectId} AND own_project.deleted_at IS NOT NULL)`;
}

/** The one translation of a timeline filter for milestones, in either dialect (SQLite's unless told). */
export function milestoneWhere(
  f: TimelineFilter,
  dialect: SqlDialect = sqliteSql,
): SQL | undefined {
  const { milestones, projects, projectCountries } = dialect.tables;
  return and(
    isNull(milestones.deletedAt),
    projectIsLive(dialect.tables),
    f.countries?.length
      ? exists(
          sql`(SELECT 1 FROM ${projectCountries} WHERE ${projectCountries.projectId} = ${projects.id} AND ${inArray(projectCountries.country, f.countries)})`,
        )
      : undefined,
    f.sectors?.length ? inArray(projects.sector, f.sectors) : undefined,
    f.milestoneKinds?.length ? inArray(milestones.kind, f.milestoneKinds) : undefined,
    f.from ? dateIs(dialect, milestones.date, '>=', f.from) : undefined,
    f.to ? dateIs(dialect, milestones.date, '<=', upperBound(f.to)) : undefined,
    textSearch(f.search, [milestones.description, projects.name], dialect.like),
  );
}

/** The same for relationship events. */
export function eventWhere(f: TimelineFilter, dialect: SqlDialect = sqliteSql): SQL | undefined {
  const { events, eventCountries } = dialect.tables;
  return and(
    isNull(events.deletedAt),
    f.countries?.length
      ? exists(
          sql`(SELECT 1 FROM ${eventCountries} WHERE ${eventCountries.eventId} = ${events.id} AND ${inArray(eventCountries.country, f.countries)})`,
        )
      : undefined,
    f.eventKinds?.length ? inArray(events.kind, f.eventKinds) : undefined,
    f.from ? dateIs(dialect, events.date, '>=', f.from) : undefined,
    f.to ? dateIs(dialect, events.date, '<=', upperBound(f.to)) : undefined,
    textSearch(f.search, [events.description], dialect.like),
  );
}

/**
 * Which halves of the timeline a filter keeps: a sector or milestone-kind filter leaves events out (events
 * have neither); an event-kind filter leaves milestones out, unless milestone kinds are asked for too.
 */
export function timelineParts(filter: TimelineFilter) {
  return {
    milestones: !filter.eventKinds?.length || Boolean(filter.milestoneKinds?.length),
    events: !filter.sectors?.length && !filter.milestoneKinds?.length,
  };
}

/** What a timeline shows of a milestone and its project. */
function milestoneColumns({ milestones, projects }: Tables) {
  return {
    id: milestones.id,
    date: milestones.date,
    kind: milestones.kind,
    description: milestones.description,
    projectId: projects.id,
    projectName: projects.name,
    sector: projects.sector,
  };
}

interface MilestoneRow {
  id: number;
  date: string;
  kind: string;
  description: string;
  projectId: number;
  projectName: string;
  sector: string;
}

/** `FROM milestones JOIN projects`, the milestones' half of every timeline read. */
function milestonesWithProjects({ milestones, projects }: Tables): SQL {
  return sql`FROM ${milestones} INNER JOIN ${projects} ON ${eq(projects.id, milestones.projectId)}`;
}

/** Milestone rows as timeline entries, with their projects' countries and their sources (one query each). */
async function milestoneEntries(db: Database, rows: MilestoneRow[]): Promise<TimelineEntry[]> {
  const countries = await countriesOf(db, 'project', [...new Set(rows.map((r) => r.projectId))]);
  const srcs = await sourcesFor(
    db,
    'milestone',
    rows.map((r) => r.id),
  );
  return rows.map((r) => ({
    type: 'milestone',
    id: r.id,
    date: r.date,
    kind: r.kind,
    description: r.description,
    countries: countries.get(r.projectId) ?? [],
    project: { id: r.projectId, name: r.projectName, sector: r.sector },
    sources: srcs.get(r.id) ?? [],
  }));
}

/** Newest first; on one date events before milestones, then the newer record first. */
function newestFirst(
  a: { type: string; date: string; id: number },
  b: { type: string; date: string; id: number },
): number {
  return b.date.localeCompare(a.date) || a.type.localeCompare(b.type) || b.id - a.id;
}

/** Event rows as timeline entries, with their countries and their sources (one query each). */
async function eventEntries(
  db: Database,
  rows: { id: number; date: string; kind: string; description: string }[],
): Promise<TimelineEntry[]> {
  const ids = rows.map((r) => r.id);
  const [countries, srcs] = await Promise.all([
    countriesOf(db, 'event', ids),
    sourcesFor(db, 'event', ids),
  ]);
  return rows.map((r) => ({
    type: 'event',
    id: r.id,
    date: r.date,
    kind: r.kind,
    description: r.description,
    countries: countries.get(r.id) ?? [],
    project: null,
    sources: srcs.get(r.id) ?? [],
  }));
}

/**
 * Milestones and relationship events on one axis, newest first. A sector or milestone-kind filter
 * leaves events out (events have neither); an event-kind filter leaves milestones out.
 */
export async function timeline(
  db: Database,
  filter: TimelineFilter,
  limit = 1000,
  offset = 0,
): Promise<TimelineEntry[]> {
  // Each half supplies at most the rows up to the page's end; the merged order decides which are on it.
  const upTo = offset + limit;
  const parts = timelineParts(filter);
  const key = `${upTo} ${JSON.stringify(filter)}`;
  const reader = readerOf(db);
  const { milestones, events } = reader.tables;
  const milestoneRows = parts.milestones
    ? await selectRows(
        reader,
        `timeline milestones ${key}`,
        milestoneColumns(reader.tables),
        () => sql`${milestonesWithProjects(reader.tables)} WHERE ${milestoneWhere(filter, reader)}
        ORDER BY ${reader.byCodePoint(milestones.date)} DESC, ${milestones.id} DESC LIMIT ${upTo}`,
      )
    : [];
  const eventRows = parts.events
    ? await selectRows(
        reader,
        `timeline events ${key}`,
        allColumns(events),
        () => sql`FROM ${events} WHERE ${eventWhere(filter, reader)}
        ORDER BY ${reader.byCodePoint(events.date)} DESC, ${events.id} DESC LIMIT ${upTo}`,
      )
    : [];
  // Only the page's own rows get their countries and sources: a late page reads every row before it, and
  // completing them all (250,000 at page 10,000 of 500,000 milestones) overflowed the stack, a 500.
  const onPage = [
    ...milestoneRows.map((row) => ({
      type: 'milestone' as const,
      date: row.date,
      id: row.id,
      row,
    })),
    ...eventRows.map((row) => ({ type: 'event' as const, date: row.date, id: row.id, row })),
  ]
    .sort(newestFirst)
    .slice(offset, upTo);
  const [pageMilestones, pageEvents] = await Promise.all([
    milestoneEntries(
      db,
      onPage.flatMap((e) => (e.type === 'milestone' ? [e.row] : [])),
    ),
    eventEntries(
      db,
      onPage.flatMap((e) => (e.type === 'event' ? [e.row] : [])),
    ),
  ]);
  return [...pageMilestones, ...pageEvents].sort(newestFirst);
}

/** Milestones dated after `today` (planned) and the most recent ones up to it, each straight from the date index. */
export async function milestoneWindow(db: Database, today: string, count = 8) {
  const reader = readerOf(db);
  const { milestones } = reader.tables;
  const pick = async (upcoming: boolean) => {
    const bound = sql.placeholder('bound');
    const rows = await selectRows(
      reader,
      `milestone window ${upcoming ? 'upcoming' : 'recent'}`,
      milestoneColumns(reader.tables),
      // Ties broken by id in the date's own direction: both orders then follow milestones_live_day_idx.
      () =>
        sql`${milestonesWithProjects(reader.tables)} WHERE ${and(
          isNull(milestones.deletedAt),
          projectIsLive(reader.tables),
          dateIs(reader, milestones.date, upcoming ? '>' : '<=', bound),
        )} ORDER BY ${
          upcoming
            ? sql`${reader.byCodePoint(milestones.date)} ASC, ${milestones.id} ASC`
            : sql`${reader.byCodePoint(milestones.date)} DESC, ${milestones.id} DESC`
        } LIMIT ${sql.placeholder('count')}`,
      { bound: upperBound(today), count },
    );
    return milestoneEntries(db, rows);
  };
  const [upcoming, recent] = await Promise.all([pick(true), pick(false)]);
  return { upcoming, recent };
}
