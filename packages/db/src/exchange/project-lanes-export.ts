import { and, asc, eq, isNull, sql } from 'drizzle-orm';
import { laneProjectIds, type ProjectLanesParams } from '../queries/project-lanes';
import { projectOrder } from '../queries/projects';
import { selectList } from '../queries/reader/selection';
import type { ExportColumn, PortableExport } from './export-query';
import { recordSources, SOURCE_CSV_COLUMNS } from './source-columns';

/** The swimlane chart's data: one line per milestone drawn (a project without any has one empty line). */
const PROJECT_LANES_CSV_COLUMNS: readonly ExportColumn[] = [
  { name: 'project_id', kind: 'number' },
  { name: 'project_name', kind: 'text' },
  { name: 'status', kind: 'text' },
  { name: 'started_on', kind: 'date' },
  { name: 'completed_on', kind: 'date' },
  { name: 'planned_start_on', kind: 'date' },
  { name: 'planned_completion_on', kind: 'date' },
  { name: 'milestone_id', kind: 'number' },
  { name: 'date', kind: 'date' },
  { name: 'kind', kind: 'text' },
  { name: 'description', kind: 'text' },
  { name: 'timing', kind: 'text' },
  ...SOURCE_CSV_COLUMNS,
];

/** The chart's lanes on either database; `today` decides which dates are still planned, as the chart drew them. */
export function projectLanesExport(params: ProjectLanesParams, today: string): PortableExport {
  return {
    columns: PROJECT_LANES_CSV_COLUMNS,
    statement: (dialect) => {
      const { projects: p, milestones: m } = dialect.tables;
      const date = dialect.byCodePoint(m.date);
      const cited = recordSources('milestone', sql`${m.id}`, dialect);
      return sql`SELECT ${selectList({
        project_id: p.id,
        project_name: p.name,
        status: p.status,
        started_on: p.startedOn,
        completed_on: p.completedOn,
        planned_start_on: p.plannedStartOn,
        planned_completion_on: p.plannedCompletionOn,
        milestone_id: m.id,
        date: m.date,
        kind: m.kind,
        description: m.description,
        timing: sql<
          string | null
        >`CASE WHEN ${m.id} IS NULL THEN NULL WHEN ${date} > ${today} THEN 'planned' ELSE 'actual' END`,
        ...cited.columns,
      })} FROM ${p} LEFT JOIN ${m} ON ${and(eq(m.projectId, p.id), isNull(m.deletedAt))}${cited.join}
        WHERE ${p.id} IN ${laneProjectIds(params, dialect)}
        ORDER BY ${sql.join([...projectOrder(params, dialect), asc(p.id), asc(date), asc(m.id)], sql`, `)}`;
    },
  };
}
