import { eq, sql } from 'drizzle-orm';
import type { TimelineFilter } from '@tianshan/model';
import type { Db } from '../client';
import { events, milestones, projects } from '../schema';
import { eventWhere, milestoneWhere } from '../queries/timeline';
import type { ExportQuery } from './export-query';
import { sourceColumns, SOURCE_CSV_COLUMNS } from './source-columns';

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

/** Milestones and events on one axis, newest first, with the same include/exclude rules as the page. */
export function timelineExportQuery(db: Db, filter: TimelineFilter): ExportQuery {
  const wantMilestones = !filter.eventKinds?.length || Boolean(filter.milestoneKinds?.length);
  const wantEvents = !filter.sectors?.length && !filter.milestoneKinds?.length;
  const parts: { sql: string; params: unknown[] }[] = [];
  if (wantMilestones) {
    parts.push(
      db
        .select({
          type: sql<string>`'milestone'`,
          id: milestones.id,
          date: milestones.date,
          kind: milestones.kind,
          description: milestones.description,
          project_id: projects.id,
          project_name: projects.name,
          country_iso2: sql<string>`(SELECT group_concat(country, ';') FROM (SELECT country FROM project_countries pc WHERE pc.project_id = ${projects.id} ORDER BY country))`,
          ...sourceColumns('milestone', sql`${milestones.id}`),
        })
        .from(milestones)
        .innerJoin(projects, eq(projects.id, milestones.projectId))
        .where(milestoneWhere(filter))
        .toSQL(),
    );
  }
  if (wantEvents) {
    parts.push(
      db
        .select({
          type: sql<string>`'event'`,
          id: events.id,
          date: events.date,
          kind: events.kind,
          description: events.description,
          project_id: sql<null>`NULL`,
          project_name: sql<null>`NULL`,
          country_iso2: sql<string>`(SELECT group_concat(country, ';') FROM (SELECT country FROM event_countries ec WHERE ec.event_id = ${events.id} ORDER BY country))`,
          ...sourceColumns('event', sql`${events.id}`),
        })
        .from(events)
        .where(eventWhere(filter))
        .toSQL(),
    );
  }
  if (parts.length === 0)
    return { sql: 'SELECT NULL WHERE 0', params: [], columns: TIMELINE_CSV_COLUMNS };
  return {
    // Positions, not names: the generated SQL leaves computed columns unaliased (date = 3, type = 1, id = 2).
    sql: `SELECT * FROM (${parts.map((p) => p.sql).join(' UNION ALL ')}) ORDER BY 3 DESC, 1, 2 DESC`,
    params: parts.flatMap((p) => p.params),
    columns: TIMELINE_CSV_COLUMNS,
  };
}
