import { asc, desc, eq, sql, type SQL } from 'drizzle-orm';
import type { TimelineFilter } from '@tianshan/model';
import { countryListSql } from '../queries/country-list';
import type { SqlDialect } from '../queries/reader/reader';
import { selectList } from '../queries/reader/selection';
import { eventWhere, milestoneWhere, timelineParts } from '../queries/timeline';
import type { PortableExport } from './export-query';
import { recordSources, SOURCE_CSV_COLUMNS } from './source-columns';

export const TIMELINE_CSV_COLUMNS = [
  { name: 'type', kind: 'text' },
  { name: 'id', kind: 'number' },
  { name: 'date', kind: 'date' },
  { name: 'kind', kind: 'text' },
  { name: 'description', kind: 'text' },
  { name: 'project_id', kind: 'number' },
  { name: 'project_name', kind: 'text' },
  { name: 'country_iso2', kind: 'text' },
  ...SOURCE_CSV_COLUMNS,
] as const;

function milestoneLines(filter: TimelineFilter, dialect: SqlDialect): SQL {
  const { milestones, projects } = dialect.tables;
  const cited = recordSources('milestone', sql`${milestones.id}`, dialect);
  return sql`SELECT ${selectList({
    // Spelled in the statement, not bound: PostgreSQL cannot type a parameter in a UNION.
    type: sql.raw(`'milestone'`),
    id: milestones.id,
    date: milestones.date,
    kind: milestones.kind,
    description: milestones.description,
    project_id: projects.id,
    project_name: projects.name,
    country_iso2: countryListSql('project', dialect),
    ...cited.columns,
  })} FROM ${milestones} INNER JOIN ${projects} ON ${eq(projects.id, milestones.projectId)}${cited.join}
    WHERE ${milestoneWhere(filter, dialect)}`;
}

function eventLines(filter: TimelineFilter, dialect: SqlDialect): SQL {
  const { events } = dialect.tables;
  const cited = recordSources('event', sql`${events.id}`, dialect);
  return sql`SELECT ${selectList({
    type: sql.raw(`'event'`),
    id: events.id,
    date: events.date,
    kind: events.kind,
    description: events.description,
    project_id: sql`NULL`,
    project_name: sql`NULL`,
    country_iso2: countryListSql('event', dialect),
    ...cited.columns,
  })} FROM ${events}${cited.join} WHERE ${eventWhere(filter, dialect)}`;
}

/** Milestones and events on one axis, newest first, with the same include/exclude rules as the page. */
export function timelineExport(filter: TimelineFilter): PortableExport {
  return {
    columns: TIMELINE_CSV_COLUMNS,
    statement: (dialect) => {
      const parts = timelineParts(filter);
      const lines = [
        ...(parts.milestones ? [milestoneLines(filter, dialect)] : []),
        ...(parts.events ? [eventLines(filter, dialect)] : []),
      ];
      if (lines.length === 0) return null;
      const text = (name: string) => dialect.byCodePoint(sql.identifier(name));
      return sql`SELECT * FROM (${sql.join(lines, sql` UNION ALL `)}) AS timeline
        ORDER BY ${desc(text('date'))}, ${asc(text('type'))}, ${desc(sql.identifier('id'))}`;
    },
  };
}
