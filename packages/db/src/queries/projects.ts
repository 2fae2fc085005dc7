import {
  and,
  asc,
  desc,
  eq,
  exists,
  inArray,
  isNull,
  sql,
  type SQL,
  type SQLWrapper,
} from 'drizzle-orm';
import { projectFilter, type ProjectFilter } from '@tianshan/model';
import type { milestones, projects } from '../schema';
import { sourcesFor, type SourceRef } from './citations';
import { countriesOf } from './countries';
import { projectFactReportsOf, projectFactViews, type ProjectFactView } from './project-facts';
import { delayedProjectsWhere } from './project-slippage';
import {
  isUnfiltered,
  talliedMapAreas,
  talliedProjectCount,
  talliedProjectCounts,
} from './project-tallies';
import { readerOf, type Database, type SqlDialect } from './reader/reader';
import { allColumns, selectRows, whereClause } from './reader/selection';
import { sqliteSql } from './reader/sqlite-reader';
import { textSearch } from './search';
import { narrowsOnly } from './unfiltered';

export type ProjectRow = typeof projects.$inferSelect & {
  countries: string[];
  sources: SourceRef[];
};

/**
 * How a country filter is written. `exists` tests each project as it comes, which suits a page read in an
 * index's order (it stops at the page's end); `in` starts from the country index, which suits a count
 * (a fifth of the projects read instead of all of them).
 */
type CountryTest = 'exists' | 'in';

function inCountries(countries: string[], test: CountryTest, dialect: SqlDialect): SQL {
  const { projects, projectCountries } = dialect.tables;
  const ofCountries = inArray(projectCountries.country, countries);
  return test === 'in'
    ? sql`${projects.id} IN (SELECT ${projectCountries.projectId} FROM ${projectCountries} WHERE ${ofCountries})`
    : exists(
        sql`(SELECT 1 FROM ${projectCountries} WHERE ${projectCountries.projectId} = ${projects.id} AND ${ofCountries})`,
      );
}

/** The one translation of a project filter into SQL, in either dialect (SQLite's unless told). */
export function projectWhere(
  filter: ProjectFilter,
  countryTest: CountryTest = 'exists',
  dialect: SqlDialect = sqliteSql,
): SQL | undefined {
  const { projects } = dialect.tables;
  return and(
    isNull(projects.deletedAt),
    filter.countries?.length ? inCountries(filter.countries, countryTest, dialect) : undefined,
    filter.sectors?.length ? inArray(projects.sector, filter.sectors) : undefined,
    filter.statuses?.length ? inArray(projects.status, filter.statuses) : undefined,
    filter.delayed
      ? delayedProjectsWhere(new Date().toISOString().slice(0, 10), dialect)
      : undefined,
    textSearch(
      filter.search,
      [
        projects.name,
        projects.description,
        projects.chineseParties,
        projects.localParties,
        projects.sectorDetail,
        projects.statusDetail,
      ],
      dialect.like,
    ),
  );
}

/** The list's order for a filter's sort and direction, in either dialect (SQLite's unless told). */
export function projectOrder(filter: ProjectFilter, dialect: SqlDialect = sqliteSql) {
  const { projects } = dialect.tables;
  const f = projectFilter.parse(filter);
  const dir = f.dir === 'desc' ? desc : asc;
  const name = dialect.byCodePoint(projects.name);
  // Unknown values sort last whichever the direction: a blank is not "smallest".
  const nullsLast = (col: SQLWrapper) => sql`${col} IS NULL`;
  switch (f.sort) {
    case 'value':
      return [nullsLast(projects.valueUsd), dir(projects.valueUsd), asc(name)];
    case 'start':
      return [
        nullsLast(projects.startedOn),
        dir(dialect.byCodePoint(projects.startedOn)),
        asc(name),
      ];
    case 'completion':
      return [
        nullsLast(projects.completedOn),
        dir(dialect.byCodePoint(projects.completedOn)),
        asc(name),
      ];
    case 'status':
      return [dir(dialect.byCodePoint(projects.status)), asc(name)];
    default:
      return [dir(name)];
  }
}

export async function listProjects(
  db: Database,
  filter: ProjectFilter,
  page = { limit: 500, offset: 0 },
): Promise<ProjectRow[]> {
  const reader = readerOf(db);
  const { projects: p } = reader.tables;
  const rows = await selectRows(
    reader,
    `projects ${projectStatementKey(filter)} ${page.limit} ${page.offset}`,
    allColumns(p),
    () => sql`FROM ${p}${whereClause(projectWhere(filter, 'exists', reader))}
      ORDER BY ${sql.join(projectOrder(filter, reader), sql`, `)}
      LIMIT ${page.limit} OFFSET ${page.offset}`,
  );
  const ids = rows.map((r) => r.id);
  const [countries, srcs] = await Promise.all([
    countriesOf(db, 'project', ids),
    sourcesFor(db, 'project', ids),
  ]);
  return rows.map((r) => ({
    ...r,
    countries: countries.get(r.id) ?? [],
    sources: srcs.get(r.id) ?? [],
  }));
}

export async function countProjects(db: Database, filter: ProjectFilter): Promise<number> {
  // The default projects page counts every live project: the database keeps that tally as it is written.
  if (isUnfiltered(filter)) return await talliedProjectCount(db);
  const [country, ...others] = filter.countries ?? [];
  if (
    country !== undefined &&
    others.length === 0 &&
    narrowsOnly(filter, ['countries', 'sort', 'dir'])
  )
    return countryProjectCount(db, country);
  const reader = readerOf(db);
  const { projects: p } = reader.tables;
  const [row] = await selectRows(
    reader,
    `project count ${projectStatementKey(filter)}`,
    { n: sql<number>`count(*)` },
    () => sql`FROM ${p}${whereClause(projectWhere(filter, 'in', reader))}`,
  );
  return row?.n ?? 0;
}

/**
 * One country's live projects: its rows in project_countries (a project is there once per country) less
 * those of deleted projects, from two small indexes. Testing each of its projects for being live read
 * every one of their rows (a fifth of all projects for one country).
 */
async function countryProjectCount(db: Database, country: string): Promise<number> {
  const reader = readerOf(db);
  const { projects: p, projectCountries: pc } = reader.tables;
  const [row] = await selectRows(
    reader,
    'project count of a country',
    { n: sql<number>`count(*)` },
    () =>
      sql`FROM ${pc} WHERE ${and(
        eq(pc.country, sql.placeholder('country')),
        sql`${pc.projectId} NOT IN (SELECT ${p.id} FROM ${p} WHERE ${p.deletedAt} IS NOT NULL)`,
      )}`,
    { country },
  );
  return row?.n ?? 0;
}

/** A filter as a statement's key (`preparedFor`), with today's date: the "delayed" filter compares with it. */
export function projectStatementKey(filter: ProjectFilter): string {
  return `${new Date().toISOString().slice(0, 10)} ${JSON.stringify(filter)}`;
}

export type MilestoneRow = typeof milestones.$inferSelect & { sources: SourceRef[] };

export async function projectById(
  db: Database,
  id: number,
): Promise<(ProjectRow & { milestones: MilestoneRow[]; facts: ProjectFactView[] }) | null> {
  const reader = readerOf(db);
  const { projects: p, milestones: m } = reader.tables;
  const [row] = await selectRows(
    reader,
    'project by id',
    allColumns(p),
    () => sql`FROM ${p} WHERE ${and(eq(p.id, sql.placeholder('id')), isNull(p.deletedAt))}`,
    { id },
  );
  if (!row) return null;
  const [ms, countries, sources, reports] = await Promise.all([
    selectRows(
      reader,
      'milestones of a project',
      allColumns(m),
      () => sql`FROM ${m} WHERE ${and(eq(m.projectId, sql.placeholder('id')), isNull(m.deletedAt))}
        ORDER BY ${reader.byCodePoint(m.date)}, ${m.id}`,
      { id },
    ),
    countriesOf(db, 'project', [id]),
    sourcesFor(db, 'project', [id]),
    projectFactReportsOf(db, id),
  ]);
  const msSources = await sourcesFor(
    db,
    'milestone',
    ms.map((x) => x.id),
  );
  const project = { ...row, countries: countries.get(id) ?? [], sources: sources.get(id) ?? [] };
  return {
    ...project,
    milestones: ms.map((x) => ({ ...x, sources: msSources.get(x.id) ?? [] })),
    facts: projectFactViews(project, reports),
  };
}

/** Project counts by status and by sector, for the charts (a multi-country project counts once). */
export async function projectCounts(db: Database, filter: ProjectFilter = {}) {
  if (isUnfiltered(filter)) return await talliedProjectCounts(db);
  const reader = readerOf(db);
  const { projects: p } = reader.tables;
  const key = projectStatementKey(filter);
  const where = () => whereClause(projectWhere(filter, 'exists', reader));
  const count = sql<number>`count(*)`;
  const [byStatus, bySector] = await Promise.all([
    selectRows(
      reader,
      `project counts by status ${key}`,
      { status: p.status, count },
      () => sql`FROM ${p}${where()} GROUP BY ${p.status} ORDER BY ${reader.byCodePoint(p.status)}`,
    ),
    selectRows(
      reader,
      `project counts by sector ${key}`,
      { sector: p.sector, count },
      () => sql`FROM ${p}${where()} GROUP BY ${p.sector} ORDER BY ${reader.byCodePoint(p.sector)}`,
    ),
  ]);
  return { byStatus, bySector };
}

/** Projects with coordinates, for the map. `locationBasis` tells the map how precise each dot is. */
export async function projectLocations(db: Database, filter: ProjectFilter = {}) {
  const reader = readerOf(db);
  const { projects: p } = reader.tables;
  const located = and(projectWhere(filter, 'exists', reader), sql`${p.lat} IS NOT NULL`);
  return selectRows(
    reader,
    `project locations ${projectStatementKey(filter)}`,
    {
      id: p.id,
      name: p.name,
      lat: p.lat,
      lon: p.lon,
      status: p.status,
      sector: p.sector,
      locationBasis: p.locationBasis,
    },
    () => sql`FROM ${p}${whereClause(located)} ORDER BY ${p.id}`,
  );
}

/**
 * Above this many located projects a map shows areas with counts. Each dot is a link with its project's name
 * (about half a kilobyte of the page, counting its server-components payload): 316 dots made the overview
 * 258 kB against the 150 kB page-weight goal, so a hundred is the most the page can carry.
 */
export const MAP_POINT_LIMIT = 100;
/**
 * Grid cell of the grouped map, in degrees (about 110 km of latitude). The unfiltered map reads cells the
 * database keeps at this size (project_map_cells, kept by drizzle/0009_aggregate_triggers.sql).
 */
const CELL_DEGREES = 1;
/**
 * At most this many areas: when projects spread over more 1° cells than that, neighbouring cells merge into
 * 2° (then 4°) cells. Each area is a circle with its own label in the page, so 600 areas were two thirds of
 * the overview's bytes while drawing a dense carpet nobody can read.
 */
export const MAP_AREA_LIMIT = 200;

type MapArea = { lat: number; lon: number; count: number };

/** Merges areas into cells of `degrees`, each at the count-weighted mean position of what it holds. */
function mergeAreas(areas: MapArea[], degrees: number): MapArea[] {
  const cells = new Map<string, { latSum: number; lonSum: number; count: number }>();
  for (const a of areas) {
    const key = `${Math.round(a.lat / degrees)} ${Math.round(a.lon / degrees)}`;
    const cell = cells.get(key) ?? { latSum: 0, lonSum: 0, count: 0 };
    cell.latSum += a.lat * a.count;
    cell.lonSum += a.lon * a.count;
    cell.count += a.count;
    cells.set(key, cell);
  }
  return [...cells.values()].map((c) => ({
    lat: c.latSum / c.count,
    lon: c.lonSum / c.count,
    count: c.count,
  }));
}

export type ProjectMapLocations =
  | { grouped: false; total: number; points: Awaited<ReturnType<typeof projectLocations>> }
  | { grouped: true; total: number; areas: MapArea[] };

/**
 * Every located project while there are few, else counts per grid cell (at their mean position). The cells
 * are counted first and the total is their sum: one pass over the located projects instead of two.
 */
export async function projectMapLocations(
  db: Database,
  filter: ProjectFilter = {},
): Promise<ProjectMapLocations> {
  let areas: MapArea[] = isUnfiltered(filter)
    ? await talliedMapAreas(db)
    : await locatedAreas(db, filter);
  const total = areas.reduce((sum, area) => sum + area.count, 0);
  if (total <= MAP_POINT_LIMIT)
    return { grouped: false, total, points: await projectLocations(db, filter) };
  for (let degrees = 2 * CELL_DEGREES; areas.length > MAP_AREA_LIMIT; degrees *= 2)
    areas = mergeAreas(areas, degrees);
  return { grouped: true, total, areas };
}

/** Located projects matching a filter, counted per cell at their mean position. */
function locatedAreas(db: Database, filter: ProjectFilter): Promise<MapArea[]> {
  const reader = readerOf(db);
  const { projects: p } = reader.tables;
  const degrees = sql.raw(String(CELL_DEGREES));
  // Rounded as SQLite's round() and the tally triggers (which place the unfiltered map's cells) round.
  const cells = sql`${reader.nearestWhole(sql`${p.lat} / ${degrees}`)}, ${reader.nearestWhole(sql`${p.lon} / ${degrees}`)}`;
  const located = and(projectWhere(filter, 'exists', reader), sql`${p.lat} IS NOT NULL`);
  return selectRows(
    reader,
    `located areas ${projectStatementKey(filter)}`,
    {
      lat: sql<number>`avg(${p.lat})`,
      lon: sql<number>`avg(${p.lon})`,
      count: sql<number>`count(*)`,
    },
    () => sql`FROM ${p}${whereClause(located)} GROUP BY ${cells} ORDER BY ${cells}`,
  );
}
