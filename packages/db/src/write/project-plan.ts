import { and, eq, isNull, sql } from 'drizzle-orm';
import { projectPlanOf, type DatedReport, type ProjectFact } from '@tianshan/model';
import type { Db } from '../client';
import { preparedOnce } from '../prepared';
import { projectFactReports, projects } from '../schema';
import type { Tx } from './sources';

type FactReport = DatedReport & { fact: string };

function datedReports(db: Db, projectId: number): FactReport[] {
  return preparedOnce(db, 'dated fact reports of project', () =>
    db
      .select({
        id: projectFactReports.id,
        fact: projectFactReports.fact,
        date: projectFactReports.date,
        preferred: projectFactReports.preferred,
        // Written out: inside a one-table select the ORM leaves column names unqualified.
        sourceDate: sql<
          string | null
        >`(SELECT max(s.published_on) FROM citations c JOIN sources s ON s.id = c.source_id WHERE c.record_kind = 'project-fact' AND c.record_id = project_fact_reports.id)`,
      })
      .from(projectFactReports)
      .where(
        and(
          eq(projectFactReports.projectId, sql.placeholder('projectId')),
          isNull(projectFactReports.deletedAt),
        ),
      )
      .prepare(),
  ).all({ projectId });
}

/**
 * Recomputes the plan a project keeps from its date reports (see `projectPlanOf`). A derived copy, like
 * an index: it neither bumps the project's version nor writes an audit entry, so an editor's open form
 * of the project never goes stale because a report of it changed.
 */
export function refreshProjectPlan(db: Db, tx: Tx, projectId: number): void {
  const reports = datedReports(db, projectId);
  const of = (fact: ProjectFact) => reports.filter((r) => r.fact === fact);
  const plan = projectPlanOf({
    plannedStart: of('planned-start'),
    plannedCompletion: of('planned-completion'),
    actualCompletion: of('actual-completion'),
  });
  tx.update(projects).set(plan).where(eq(projects.id, projectId)).run();
}

/** After a write of a project fact report: the plans of the projects it belonged to before and after. */
export function refreshPlansAfter(
  db: Db,
  tx: Tx,
  kind: string,
  ...records: (Readonly<Record<string, unknown>> | null | undefined)[]
): void {
  if (kind !== 'project-fact') return;
  const ids = new Set(records.map((r) => Number(r?.projectId)).filter((id) => id > 0));
  for (const id of ids) refreshProjectPlan(db, tx, id);
}
