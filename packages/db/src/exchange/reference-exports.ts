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
import { countryListSql } from '../queries/country-list';
import { textSearch } from '../queries/search';
import { selectList, whereClause } from '../queries/reader/selection';
import { sourceListWhere, type SourceListParams } from '../queries/sources';
import { columnOf, exportColumns, exportSelection } from './descriptor-select';
import type { PortableExport } from './export-query';
import { recordSources, SOURCE_CSV_COLUMNS } from './source-columns';

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
      const selection = exportSelection(
        sourceDescriptor,
        sources,
        {
          citation_count: sql<number>`(SELECT count(*) FROM ${citations} WHERE ${eq(citations.sourceId, sources.id)})`,
        },
        dialect,
      );
      return sql`SELECT ${selectList(selection)} FROM ${sources}${whereClause(sourceListWhere(options, dialect))}
        ORDER BY ${sources.publishedOn} IS NULL, ${desc(dialect.byCodePoint(sources.publishedOn))},
          ${asc(dialect.byCodePoint(sources.title))}, ${asc(sources.id)}`;
    },
  };
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
      const cited = recordSources('indicator', sql`${i.id}`, dialect);
      return sql`SELECT ${selectList({
        ...exportSelection(indicatorDescriptor, i, {}, dialect),
        ...cited.columns,
      })} FROM ${i}${cited.join}${whereClause(where)}
        ORDER BY ${asc(dialect.byCodePoint(i.scope))}, ${desc(dialect.byCodePoint(i.asOf))}, ${asc(i.id)}`;
    },
  };
}

export const MILESTONE_CSV_COLUMNS = [...exportColumns(milestoneDescriptor), ...SOURCE_CSV_COLUMNS];

/** Every live milestone of a live project, with its project's name and its sources, on either database. */
export function milestoneExport(): PortableExport {
  return {
    columns: MILESTONE_CSV_COLUMNS,
    statement: (dialect) => {
      const { milestones: m, projects: p } = dialect.tables;
      const cited = recordSources('milestone', sql`${m.id}`, dialect);
      return sql`SELECT ${selectList({
        ...exportSelection(
          milestoneDescriptor,
          m,
          { project_name: sql<string>`${p.name}` },
          dialect,
        ),
        ...cited.columns,
      })} FROM ${m} INNER JOIN ${p} ON ${eq(p.id, m.projectId)}${cited.join}
        WHERE ${and(isNull(m.deletedAt), isNull(p.deletedAt))}
        ORDER BY ${asc(dialect.byCodePoint(p.name))}, ${asc(dialect.byCodePoint(m.date))}, ${asc(m.id)}`;
    },
  };
}

export const EVENT_CSV_COLUMNS = [...exportColumns(eventDescriptor), ...SOURCE_CSV_COLUMNS];

/** Every live relationship event with its countries and sources, on either database, oldest first. */
export function eventExport(): PortableExport {
  return {
    columns: EVENT_CSV_COLUMNS,
    statement: (dialect) => {
      const e = dialect.tables.events;
      const cited = recordSources('event', sql`${e.id}`, dialect);
      return sql`SELECT ${selectList({
        ...exportSelection(
          eventDescriptor,
          e,
          { country_iso2: countryListSql('event', dialect) },
          dialect,
        ),
        ...cited.columns,
      })} FROM ${e}${cited.join} WHERE ${isNull(e.deletedAt)}
        ORDER BY ${asc(dialect.byCodePoint(e.date))}, ${asc(e.id)}`;
    },
  };
}
