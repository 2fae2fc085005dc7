import { and, eq, exists, inArray, isNull, sql, type SQL, type SQLWrapper } from 'drizzle-orm';
import type { TimelineFilter } from '@tianshan/model';
import { countriesOf } from './countries';
import { sourcesFor, type SourceRef } from './citations';
import {
  readerOf,
  type Database,
  type Reader,
  type SqlDialect,
  type Tables,
} from './reader/reader';
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
  const reader = readerOf(db);
  const onPage = await pageKeys(reader, filter, offset, limit);
  const { milestones, events } = reader.tables;
  const ids = (type: TimelineEntry['type']) =>
    onPage.flatMap((key) => (key.type === type ? [key.id] : []));
  const milestoneIds = ids('milestone');
  const eventIds = ids('event');
  const [pageMilestones, pageEvents] = await Promise.all([
    milestoneIds.length
      ? selectRows(
          reader,
          'timeline milestones by id',
          milestoneColumns(reader.tables),
          () =>
            sql`${milestonesWithProjects(reader.tables)} WHERE ${milestones.id} IN ${reader.list('ids')}`,
          { ids: milestoneIds },
        ).then((rows) => milestoneEntries(db, rows))
      : [],
    eventIds.length
      ? selectRows(
          reader,
          'timeline events by id',
          allColumns(events),
          () => sql`FROM ${events} WHERE ${events.id} IN ${reader.list('ids')}`,
          { ids: eventIds },
        ).then((rows) => eventEntries(db, rows))
      : [],
  ]);
  const byKey = new Map(
    [...pageMilestones, ...pageEvents].map((entry) => [`${entry.type} ${entry.id}`, entry]),
  );
  return onPage.flatMap((key) => byKey.get(`${key.type} ${key.id}`) ?? []);
}

/**
 * Which entries are on a page, in the timeline's order, merged in SQL from the two halves' keys: a late
 * page then reads index entries up to its end and fetches only its own rows. Building whole entries for
 * every row before the page, as before, took 3–4 s at page 10,000 of 500,000 milestones (and once overflowed
 * the stack). Each half is limited to the page's end first, so an early page still reads a few index
 * entries per half instead of sorting every row.
 */
async function pageKeys(
  reader: Reader,
  filter: TimelineFilter,
  offset: number,
  limit: number,
): Promise<{ type: TimelineEntry['type']; id: number }[]> {
  const parts = timelineParts(filter);
  if (!parts.milestones && !parts.events) return [];
  const { milestones, events } = reader.tables;
  const upTo = sql.placeholder('upTo');
  const halves = () => [
    ...(parts.milestones
      ? [
          sql`SELECT * FROM (SELECT 'milestone' AS type, ${milestones.date} AS date, ${milestones.id} AS id
            ${milestonesWithProjects(reader.tables)} WHERE ${milestoneWhere(filter, reader)}
            ORDER BY ${reader.byCodePoint(milestones.date)} DESC, ${milestones.id} DESC LIMIT ${upTo}) milestone_half`,
        ]
      : []),
    ...(parts.events
      ? [
          sql`SELECT * FROM (SELECT 'event' AS type, ${events.date} AS date, ${events.id} AS id
            FROM ${events} WHERE ${eventWhere(filter, reader)}
            ORDER BY ${reader.byCodePoint(events.date)} DESC, ${events.id} DESC LIMIT ${upTo}) event_half`,
        ]
      : []),
  ];
  const rows = await reader.arrays(
    `timeline page ${JSON.stringify(filter)}`,
    // On one date events before milestones ('event' < 'milestone'), then the newer record first.
    () => sql`SELECT type, id FROM (${sql.join(halves(), sql` UNION ALL `)}) merged
      ORDER BY ${reader.byCodePoint(sql.identifier('date'))} DESC, type, id DESC
      LIMIT ${sql.placeholder('limit')} OFFSET ${sql.placeholder('offset')}`,
    { upTo: offset + limit, limit, offset },
  );
  return rows.map(([type, id]) => ({ type: type as TimelineEntry['type'], id: Number(id) }));
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
