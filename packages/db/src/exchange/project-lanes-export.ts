import { and, asc, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { Db } from '../client';
import { milestones, projects } from '../schema';
import { laneProjectIds, type ProjectLanesParams } from '../queries/project-lanes';
import { projectOrder } from '../queries/projects';
import type { ExportColumn, ExportQuery } from './export-query';
import { sourceColumns, SOURCE_CSV_COLUMNS } from './source-columns';

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

/** `today` decides which dates are still planned, as the chart drew them. */
export function projectLanesExportQuery(
  db: Db,
  params: ProjectLanesParams,
  today: string,
): ExportQuery {
  const { sql: text, params: values } = db
    .select({
      project_id: projects.id,
      project_name: projects.name,
      status: projects.status,
      started_on: projects.startedOn,
      completed_on: projects.completedOn,
      planned_start_on: projects.plannedStartOn,
      planned_completion_on: projects.plannedCompletionOn,
      milestone_id: milestones.id,
      date: milestones.date,
      kind: milestones.kind,
      description: milestones.description,
      timing: sql<
        string | null
      >`CASE WHEN ${milestones.id} IS NULL THEN NULL WHEN ${milestones.date} > ${today} THEN 'planned' ELSE 'actual' END`,
      ...sourceColumns('milestone', sql`${milestones.id}`),
    })
    .from(projects)
    .leftJoin(milestones, and(eq(milestones.projectId, projects.id), isNull(milestones.deletedAt)))
    .where(inArray(projects.id, laneProjectIds(db, params)))
    .orderBy(...projectOrder(params), asc(milestones.date), asc(milestones.id))
    .toSQL();
  return { sql: text, params: values, columns: PROJECT_LANES_CSV_COLUMNS };
}
