import { and, eq, isNull, sql } from 'drizzle-orm';
import { projectPlanOf, type ProjectFact } from '@tianshan/model';
import { selectStep, updateStep, type Step } from './step';
import type { WriteDialect } from './write-dialect';

/**
 * Recomputes the plan a project keeps from its date reports (see `projectPlanOf`). A derived copy, like
 * an index: it neither bumps the project's version nor writes an audit entry, so an editor's open form
 * of the project never goes stale because a report of it changed.
 */
export function* refreshProjectPlanStep(w: WriteDialect, projectId: number): Step<void> {
  const { projectFactReports: reports, projects, citations, sources } = w.tables;
  const dated = yield* selectStep(
    {
      id: reports.id,
      fact: reports.fact,
      date: reports.date,
      preferred: reports.preferred,
      sourceDate: sql<
        string | null
      >`(SELECT max(${sources.publishedOn}) FROM ${citations} JOIN ${sources} ON ${sources.id} = ${citations.sourceId} WHERE ${citations.recordKind} = 'project-fact' AND ${citations.recordId} = ${reports.id})`,
    },
    sql`FROM ${reports} WHERE ${and(eq(reports.projectId, projectId), isNull(reports.deletedAt))}`,
  );
  const of = (fact: ProjectFact) => dated.filter((r) => r.fact === fact);
  const plan = projectPlanOf({
    plannedStart: of('planned-start'),
    plannedCompletion: of('planned-completion'),
    actualCompletion: of('actual-completion'),
  });
  yield* updateStep(projects, plan, eq(projects.id, projectId));
}

/** After a write of a project fact report: the plans of the projects it belonged to before and after. */
export function* refreshPlansAfterStep(
  w: WriteDialect,
  kind: string,
  ...records: (Readonly<Record<string, unknown>> | null | undefined)[]
): Step<void> {
  if (kind !== 'project-fact') return;
  const ids = new Set(records.map((r) => Number(r?.projectId)).filter((id) => id > 0));
  for (const id of ids) yield* refreshProjectPlanStep(w, id);
}
