import { and, asc, desc, eq, inArray, isNull, sql, type Table } from 'drizzle-orm';
import {
  eventDescriptor,
  indicatorDescriptor,
  milestoneDescriptor,
  searchableFieldsOf,
  sourceDescriptor,
  type IndicatorFilter,
  type KindDescriptor,
} from '@tianshan/model';
import type { Db } from '../client';
import { events, milestones, projects } from '../schema';
import { textSearch } from '../queries/search';
import { selectList, whereClause } from '../queries/reader/selection';
import { sourceListWhere, type SourceListParams } from '../queries/sources';
import { columnOf, countryListSql, exportColumns, exportSelection } from './descriptor-select';
import type { ExportQuery, PortableExport } from './export-query';
import { sqliteExportQuery } from './export-rows';
import { sourceColumns, SOURCE_CSV_COLUMNS } from './source-columns';

/** The columns free-text search looks in, as the kind's descriptor marks them. */
const searchColumns = (d: KindDescriptor, table: Table) =>
  searchableFieldsOf(d).map((field) => columnOf(table, field));

export const SOURCE_LIST_CSV_COLUMNS = exportColumns(sourceDescriptor);

/** The sources list as the page shows it, on either database. */
export function sourceListExport(options: SourceListParams): PortableExport {
  return {
    columns: SOURCE_LIST_CSV_COLUMNS,
    statement: (dialect) => {
      const { sources, citations } = dialect.tables;
      const selection = exportSelection(sourceDescriptor, sources, {
        citation_count: sql<number>`(SELECT count(*) FROM ${citations} WHERE ${eq(citations.sourceId, sources.id)})`,
      });
      return sql`SELECT ${selectList(selection)} FROM ${sources}${whereClause(sourceListWhere(options, dialect))}
        ORDER BY ${sources.publishedOn} IS NULL, ${desc(dialect.byCodePoint(sources.publishedOn))},
          ${asc(dialect.byCodePoint(sources.title))}, ${asc(sources.id)}`;
    },
  };
}

export function sourceExportQuery(_db: Db, options: SourceListParams): ExportQuery {
  return sqliteExportQuery(sourceListExport(options));
}

export const INDICATOR_CSV_COLUMNS = [...exportColumns(indicatorDescriptor), ...SOURCE_CSV_COLUMNS];

/** The indicators list with their sources, on either database. */
export function indicatorExport(filter: IndicatorFilter): PortableExport {
  return {
    columns: INDICATOR_CSV_COLUMNS,
    statement: (dialect) => {
      const i = dialect.tables.indicators;
      const where = and(
        isNull(i.deletedAt),
        filter.countries?.length ? inArray(i.scope, filter.countries) : undefined,
        textSearch(filter.search, searchColumns(indicatorDescriptor, i), dialect.like),
      );
      return sql`SELECT ${selectList({
        ...exportSelection(indicatorDescriptor, i),
        ...sourceColumns('indicator', sql`${i.id}`, dialect),
      })} FROM ${i}${whereClause(where)}
        ORDER BY ${asc(dialect.byCodePoint(i.scope))}, ${desc(dialect.byCodePoint(i.asOf))}, ${asc(i.id)}`;
    },
  };
}

export function indicatorExportQuery(_db: Db, filter: IndicatorFilter): ExportQuery {
  return sqliteExportQuery(indicatorExport(filter));
}

export const MILESTONE_CSV_COLUMNS = [...exportColumns(milestoneDescriptor), ...SOURCE_CSV_COLUMNS];

export function milestoneExportQuery(db: Db): ExportQuery {
  const { sql: text, params } = db
    .select({
      ...exportSelection(milestoneDescriptor, milestones, {
        project_name: sql<string>`${projects.name}`,
      }),
      ...sourceColumns('milestone', sql`${milestones.id}`),
    })
    .from(milestones)
    .innerJoin(projects, eq(projects.id, milestones.projectId))
    .where(and(isNull(milestones.deletedAt), isNull(projects.deletedAt)))
    .orderBy(asc(projects.name), asc(milestones.date), asc(milestones.id))
    .toSQL();
  return { sql: text, params, columns: MILESTONE_CSV_COLUMNS };
}

export const EVENT_CSV_COLUMNS = [...exportColumns(eventDescriptor), ...SOURCE_CSV_COLUMNS];

export function eventExportQuery(db: Db): ExportQuery {
  const { sql: text, params } = db
    .select({
      ...exportSelection(eventDescriptor, events, {
        country_iso2: countryListSql('event_countries', events.id),
      }),
      ...sourceColumns('event', sql`${events.id}`),
    })
    .from(events)
    .where(isNull(events.deletedAt))
    .orderBy(asc(events.date), asc(events.id))
    .toSQL();
  return { sql: text, params, columns: EVENT_CSV_COLUMNS };
}
