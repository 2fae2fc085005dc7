import { and, asc, desc, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { IndicatorFilter } from '@tianshan/model';
import type { Db } from '../client';
import { events, indicators, milestones, projects, sources } from '../schema';
import { textSearch } from '../queries/search';
import type { ExportQuery } from './export-query';
import { sourceColumns, SOURCE_CSV_COLUMNS } from './source-columns';

export const SOURCE_LIST_CSV_COLUMNS = [
  { name: 'id', kind: 'number' },
  { name: 'title', kind: 'text' },
  { name: 'publisher', kind: 'text' },
  { name: 'url', kind: 'text' },
  { name: 'published_on', kind: 'date' },
  { name: 'published_label', kind: 'text' },
  { name: 'accessed_on', kind: 'date' },
  { name: 'notes', kind: 'text' },
  { name: 'citation_count', kind: 'number' },
] as const;

export function sourceExportQuery(db: Db, options: { search?: string }): ExportQuery {
  const { sql: text, params } = db
    .select({
      id: sources.id,
      title: sources.title,
      publisher: sources.publisher,
      url: sources.url,
      published_on: sources.publishedOn,
      published_label: sources.publishedLabel,
      accessed_on: sources.accessedOn,
      notes: sources.notes,
      citation_count: sql<number>`(SELECT count(*) FROM citations c WHERE c.source_id = "sources"."id")`,
    })
    .from(sources)
    .where(and(isNull(sources.deletedAt), textSearch(options.search, [sources.title, sources.publisher, sources.url])))
    .orderBy(sql`${sources.publishedOn} IS NULL`, desc(sources.publishedOn), asc(sources.title))
    .toSQL();
  return { sql: text, params, columns: SOURCE_LIST_CSV_COLUMNS };
}

export const INDICATOR_CSV_COLUMNS = [
  { name: 'id', kind: 'number' },
  { name: 'country_iso2', kind: 'text' },
  { name: 'as_of', kind: 'date' },
  { name: 'metric', kind: 'text' },
  { name: 'value', kind: 'number' },
  { name: 'unit', kind: 'text' },
  { name: 'qualifier', kind: 'text' },
  { name: 'notes', kind: 'text' },
  ...SOURCE_CSV_COLUMNS,
] as const;

export function indicatorExportQuery(db: Db, filter: IndicatorFilter): ExportQuery {
  const i = indicators;
  const { sql: text, params } = db
    .select({ id: i.id, country_iso2: i.scope, as_of: i.asOf, metric: i.metric, value: i.value, unit: i.unit, qualifier: i.qualifier, notes: i.notes, ...sourceColumns('indicator', sql`${i.id}`) })
    .from(i)
    .where(and(isNull(i.deletedAt), filter.countries?.length ? inArray(i.scope, filter.countries) : undefined, textSearch(filter.search, [i.metric, i.notes])))
    .orderBy(asc(i.scope), desc(i.asOf), asc(i.id))
    .toSQL();
  return { sql: text, params, columns: INDICATOR_CSV_COLUMNS };
}

export const MILESTONE_CSV_COLUMNS = [
  { name: 'id', kind: 'number' },
  { name: 'project_id', kind: 'number' },
  { name: 'project_name', kind: 'text' },
  { name: 'date', kind: 'date' },
  { name: 'kind', kind: 'text' },
  { name: 'event', kind: 'text' },
  ...SOURCE_CSV_COLUMNS,
] as const;

export function milestoneExportQuery(db: Db): ExportQuery {
  const { sql: text, params } = db
    .select({ id: milestones.id, project_id: projects.id, project_name: projects.name, date: milestones.date, kind: milestones.kind, event: milestones.description, ...sourceColumns('milestone', sql`${milestones.id}`) })
    .from(milestones)
    .innerJoin(projects, eq(projects.id, milestones.projectId))
    .where(and(isNull(milestones.deletedAt), isNull(projects.deletedAt)))
    .orderBy(asc(projects.name), asc(milestones.date), asc(milestones.id))
    .toSQL();
  return { sql: text, params, columns: MILESTONE_CSV_COLUMNS };
}

export const EVENT_CSV_COLUMNS = [
  { name: 'id', kind: 'number' },
  { name: 'country_iso2', kind: 'text' },
  { name: 'date', kind: 'date' },
  { name: 'kind', kind: 'text' },
  { name: 'event', kind: 'text' },
  ...SOURCE_CSV_COLUMNS,
] as const;

export function eventExportQuery(db: Db): ExportQuery {
  const { sql: text, params } = db
    .select({
      id: events.id,
      country_iso2: sql<string>`(SELECT group_concat(country, ';') FROM (SELECT country FROM event_countries ec WHERE ec.event_id = ${events.id} ORDER BY country))`,
      date: events.date,
      kind: events.kind,
      event: events.description,
      ...sourceColumns('event', sql`${events.id}`),
    })
    .from(events)
    .where(isNull(events.deletedAt))
    .orderBy(asc(events.date), asc(events.id))
    .toSQL();
  return { sql: text, params, columns: EVENT_CSV_COLUMNS };
}
