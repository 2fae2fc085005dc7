import {
  and,
  asc,
  desc,
  eq,
  exists,
  gt,
  gte,
  inArray,
  isNull,
  lte,
  sql,
  type SQL,
} from 'drizzle-orm';
import type { TimelineFilter } from '@tianshan/model';
import { alias } from 'drizzle-orm/sqlite-core';
import type { Db } from '../client';
import { eventCountries, events, milestones, projectCountries, projects } from '../schema';
import { preparedFor, preparedOnce } from '../prepared';
import { countriesOf } from './countries';
import { sourcesFor, type SourceRef } from './citations';
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

const ownProject = alias(projects, 'own_project');

/**
 * The milestone's project is live, tested by its own lookup rather than as a condition of the join: a
 * condition there made SQLite build a Bloom filter of every live project before reading the first
 * milestone (3–6 ms at 20,000 projects, for a page of 6 or 50 milestones read in date order).
 */
const projectIsLive = sql`(SELECT ${ownProject.deletedAt} FROM ${projects} ${ownProject} WHERE ${ownProject.id} = ${milestones.projectId}) IS NULL`;

export function milestoneWhere(f: TimelineFilter): SQL | undefined {
  return and(
    isNull(milestones.deletedAt),
    projectIsLive,
    f.countries?.length
      ? exists(
          sql`(SELECT 1 FROM ${projectCountries} WHERE ${projectCountries.projectId} = ${projects.id} AND ${inArray(projectCountries.country, f.countries)})`,
        )
      : undefined,
    f.sectors?.length ? inArray(projects.sector, f.sectors) : undefined,
    f.milestoneKinds?.length ? inArray(milestones.kind, f.milestoneKinds) : undefined,
    f.from ? gte(milestones.date, f.from) : undefined,
    f.to ? lte(milestones.date, upperBound(f.to)) : undefined,
    textSearch(f.search, [milestones.description, projects.name]),
  );
}

export function eventWhere(f: TimelineFilter): SQL | undefined {
  return and(
    isNull(events.deletedAt),
    f.countries?.length
      ? exists(
          sql`(SELECT 1 FROM ${eventCountries} WHERE ${eventCountries.eventId} = ${events.id} AND ${inArray(eventCountries.country, f.countries)})`,
        )
      : undefined,
    f.eventKinds?.length ? inArray(events.kind, f.eventKinds) : undefined,
    f.from ? gte(events.date, f.from) : undefined,
    f.to ? lte(events.date, upperBound(f.to)) : undefined,
    textSearch(f.search, [events.description]),
  );
}

/** What a timeline shows of a milestone and its project. */
const MILESTONE_COLUMNS = {
  id: milestones.id,
  date: milestones.date,
  kind: milestones.kind,
  description: milestones.description,
  projectId: projects.id,
  projectName: projects.name,
  sector: projects.sector,
};

type MilestoneRow = {
  [K in keyof typeof MILESTONE_COLUMNS]: (typeof MILESTONE_COLUMNS)[K]['_']['data'];
};

/** Milestone rows as timeline entries, with their projects' countries and their sources (one query each). */
async function milestoneEntries(db: Db, rows: MilestoneRow[]): Promise<TimelineEntry[]> {
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

/**
 * Milestones and relationship events on one axis, newest first. A sector or milestone-kind filter
 * leaves events out (events have neither); an event-kind filter leaves milestones out.
 */
export async function timeline(
  db: Db,
  filter: TimelineFilter,
  limit = 1000,
  offset = 0,
): Promise<TimelineEntry[]> {
  // Each half supplies at most the rows up to the page's end; the merged order decides which are on it.
  const upTo = offset + limit;
  const wantMilestones = !filter.eventKinds?.length || Boolean(filter.milestoneKinds?.length);
  const wantEvents = !filter.sectors?.length && !filter.milestoneKinds?.length;
  const entries: TimelineEntry[] = [];
  const key = `${upTo} ${JSON.stringify(filter)}`;
  if (wantMilestones) {
    const rows = preparedFor(db, `timeline milestones ${key}`, () =>
      db
        .select(MILESTONE_COLUMNS)
        .from(milestones)
        .innerJoin(projects, eq(projects.id, milestones.projectId))
        .where(milestoneWhere(filter))
        .orderBy(desc(milestones.date), desc(milestones.id))
        .limit(upTo)
        .prepare(),
    ).all();
    entries.push(...(await milestoneEntries(db, rows)));
  }
  if (wantEvents) {
    const rows = preparedFor(db, `timeline events ${key}`, () =>
      db
        .select()
        .from(events)
        .where(eventWhere(filter))
        .orderBy(desc(events.date), desc(events.id))
        .limit(upTo)
        .prepare(),
    ).all();
    const countries = await countriesOf(
      db,
      'event',
      rows.map((r) => r.id),
    );
    const srcs = await sourcesFor(
      db,
      'event',
      rows.map((r) => r.id),
    );
    for (const r of rows) {
      entries.push({
        type: 'event',
        id: r.id,
        date: r.date,
        kind: r.kind,
        description: r.description,
        countries: countries.get(r.id) ?? [],
        project: null,
        sources: srcs.get(r.id) ?? [],
      });
    }
  }
  return entries
    .sort((a, b) => b.date.localeCompare(a.date) || a.type.localeCompare(b.type) || b.id - a.id)
    .slice(offset, upTo);
}

/** Milestones dated after `today` (planned) and the most recent ones up to it, each straight from the date index. */
export async function milestoneWindow(db: Db, today: string, count = 8) {
  const statement = (upcoming: boolean) =>
    preparedOnce(db, `milestone window ${upcoming ? 'upcoming' : 'recent'}`, () =>
      db
        .select(MILESTONE_COLUMNS)
        .from(milestones)
        .innerJoin(projects, eq(projects.id, milestones.projectId))
        .where(
          and(
            isNull(milestones.deletedAt),
            projectIsLive,
            upcoming
              ? gt(milestones.date, sql.placeholder('bound'))
              : lte(milestones.date, sql.placeholder('bound')),
          ),
        )
        // Ties broken by id in the date's own direction: both orders then follow milestones_live_day_idx.
        .orderBy(
          ...(upcoming
            ? [asc(milestones.date), asc(milestones.id)]
            : [desc(milestones.date), desc(milestones.id)]),
        )
        .limit(sql.placeholder('count'))
        .prepare(),
    );
  const pick = (upcoming: boolean) =>
    milestoneEntries(db, statement(upcoming).all({ bound: upperBound(today), count }));
  const [upcoming, recent] = await Promise.all([pick(true), pick(false)]);
  return { upcoming, recent };
}
