import { and, eq } from 'drizzle-orm';
import type { ProjectFact } from '@tianshan/model';
import type { Db } from '../client';
import { projectFactReports, projects } from '../schema';
import { utcNow } from '../schema/columns';
import { writeAudit } from './audit';
import { preferReport } from './preferred-choice';
import { refreshProjectPlan } from './project-plan';
import { inTransaction, snapshot, type WriteOptions } from './records';
import { nextVersion } from './stale-edit';

type Report = typeof projectFactReports.$inferSelect;

/**
 * The project's own columns that hold a fact's preferred value, so every list, sort, filter and export that
 * reads the project reads the preferred report. Planned dates are kept by project-plan.ts instead.
 */
const PROJECT_COLUMNS_OF: Partial<Record<ProjectFact, (r: Report) => Record<string, unknown>>> = {
  value: (r) => ({ valueUsd: r.valueUsd, valueKind: r.valueKind }),
  status: (r) => ({ status: r.status, statusDetail: r.statedAs }),
  'actual-start': (r) => ({ startedOn: r.date }),
  'actual-completion': (r) => ({ completedOn: r.date }),
};

/** Writes the preferred report's value into its project, audited as an update of the project. */
function writeThrough(db: Db, report: Report, options: WriteOptions) {
  const columns = PROJECT_COLUMNS_OF[report.fact as ProjectFact]?.(report);
  // A date stated only as a span ("about six years") has nothing to put in a date column.
  if (!columns || Object.values(columns)[0] === null) return;
  const before = snapshot(db, 'project', report.projectId);
  db.update(projects)
    .set({ ...columns, updatedAt: utcNow, version: nextVersion })
    .where(eq(projects.id, report.projectId))
    .run();
  writeAudit(db, {
    actor: options.actor,
    action: 'update',
    recordKind: 'project',
    recordId: report.projectId,
    before,
    after: snapshot(db, 'project', report.projectId),
    reason: options.reason ?? `project fact report ${report.id} preferred`,
  });
}

/**
 * Marks one report as the preferred one among the reports of the same fact of the same project (clearing
 * the others' marks, each audited); `preferred: false` clears the choice. A preferred value, status or
 * actual date becomes the project's own, and the project's plan is recomputed.
 */
export function setPreferredProjectFact(
  db: Db,
  id: number,
  preferred: boolean,
  options: WriteOptions,
): void {
  inTransaction(db, options, (tx) => {
    const report = preferReport(db, tx, {
      kind: 'project-fact',
      reports: projectFactReports,
      sameKeyOf: (r) =>
        and(eq(projectFactReports.projectId, r.projectId), eq(projectFactReports.fact, r.fact)),
      id,
      preferred,
      options,
      snapshotOf: (reportId) => snapshot(db, 'project-fact', reportId),
    });
    if (preferred) writeThrough(db, report, options);
    refreshProjectPlan(db, tx, report.projectId);
  });
}
