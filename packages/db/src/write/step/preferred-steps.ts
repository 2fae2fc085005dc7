import {
  and,
  eq,
  getTableColumns,
  type Column,
  isNotNull,
  isNull,
  ne,
  sql,
  type SQL,
} from 'drizzle-orm';
import type { ProjectFact } from '@tianshan/model';
import type { projectFactReports, tradeReports } from '../../schema';
import { RecordNotFoundError } from '../errors';
import { nextVersion } from '../stale-edit';
import { auditStep } from './audit-step';
import { idOf, tableOf } from './kind-tables';
import { refreshProjectPlanStep } from './plan-step';
import { snapshotStep, type EditOptions } from './record-steps';
import { selectStep, updateStep, type Step } from './step';
import type { WriteDialect } from './write-dialect';

type PreferableKind = 'trade-report' | 'project-fact';
/** Each kind's row, as both schemas type it (src/postgres/schema-drift.test.ts). */
type ReportOf = {
  'trade-report': typeof tradeReports.$inferSelect;
  'project-fact': typeof projectFactReports.$inferSelect;
};

interface PreferenceChange<K extends PreferableKind> {
  kind: K;
  /** The reports of the same figure or fact as the chosen one, deleted ones included. */
  sameKeyOf: (report: ReportOf[K]) => SQL | undefined;
  id: number;
  preferred: boolean;
  options: EditOptions;
}

/**
 * Marks one live report as preferred among the reports sharing its key, clearing the mark on the others;
 * `preferred: false` clears the choice altogether. Every report whose mark changes gets its own audit
 * entry, so its history shows why it lost the mark. Returns the report, for what else follows from it.
 */
function* preferReportStep<K extends PreferableKind>(
  w: WriteDialect,
  change: PreferenceChange<K>,
): Step<ReportOf[K]> {
  const { kind, id, preferred } = change;
  const { actor, reason } = change.options;
  const table = tableOf(w.tables, kind);
  // Any kind's columns: the two preferable kinds share `preferred` and `deletedAt`.
  const columns: Record<string, Column> = getTableColumns(table);
  const idColumn = idOf(w.tables, kind);
  const mark = columns.preferred;
  const deletedAt = columns.deletedAt;
  if (!mark || !deletedAt) throw new Error(`${kind} has no preferred mark`);
  // A deleted report can be neither shown nor preferred.
  const [report] = yield* selectStep(
    columns,
    sql`FROM ${table} WHERE ${and(eq(idColumn, id), isNull(deletedAt))}${w.forUpdate}`,
  );
  if (!report) throw new RecordNotFoundError(kind, id);
  const sameKey = change.sameKeyOf(report as ReportOf[K]);
  const group = () =>
    selectStep({ id: idColumn, preferred: mark }, sql`FROM ${table} WHERE ${sameKey}`);
  const before = yield* group();
  // Soft-deleted siblings lose their mark too: restoring one must not bring back a second choice.
  const siblings = and(sameKey, ne(idColumn, id), isNotNull(mark)) ?? sql`false`;
  const cleared: { id: number; before: unknown }[] = [];
  for (const sibling of yield* selectStep({ id: idColumn }, sql`FROM ${table} WHERE ${siblings}`))
    cleared.push({
      id: Number(sibling.id),
      before: yield* snapshotStep(w, kind, Number(sibling.id)),
    });
  const touched = { updatedAt: w.now, version: nextVersion };
  yield* updateStep(table, { preferred: null, ...touched }, siblings);
  yield* updateStep(table, { preferred: preferred ? true : null, ...touched }, eq(idColumn, id));
  yield* auditStep(w, {
    actor,
    action: 'prefer',
    recordKind: kind,
    recordId: id,
    before,
    after: yield* group(),
    reason,
  });
  for (const sibling of cleared)
    yield* auditStep(w, {
      actor,
      action: 'prefer',
      recordKind: kind,
      recordId: sibling.id,
      before: sibling.before,
      after: yield* snapshotStep(w, kind, sibling.id),
      reason:
        reason ??
        `${kind.replace('-', ' ')} ${id} ${preferred ? 'preferred instead' : 'choice cleared'}`,
    });
  return report as ReportOf[K];
}

/**
 * Marks one report as the preferred figure among the reports of the same scope/year/period/reporter
 * (and product), clearing the mark on the others; `preferred: false` clears the choice altogether.
 */
export function* setPreferredTradeStep(
  w: WriteDialect,
  id: number,
  preferred: boolean,
  options: EditOptions,
): Step<void> {
  const { tradeReports: t } = w.tables;
  yield* preferReportStep(w, {
    kind: 'trade-report',
    sameKeyOf: (report) =>
      and(
        eq(t.scope, report.scope),
        eq(t.year, report.year),
        eq(t.period, report.period),
        eq(t.reporter, report.reporter),
        report.productCode === null ? isNull(t.productCode) : eq(t.productCode, report.productCode),
      ),
    id,
    preferred,
    options,
  });
}

type FactReport = ReportOf['project-fact'];

/**
 * The project's own columns that hold a fact's preferred value, so every list, sort, filter and export that
 * reads the project reads the preferred report. Planned dates are kept by the project's plan instead.
 */
const PROJECT_COLUMNS_OF: Partial<Record<ProjectFact, (r: FactReport) => Record<string, unknown>>> =
  {
    value: (r) => ({ valueUsd: r.valueUsd, valueKind: r.valueKind }),
    status: (r) => ({ status: r.status, statusDetail: r.statedAs }),
    'actual-start': (r) => ({ startedOn: r.date }),
    'actual-completion': (r) => ({ completedOn: r.date }),
  };

/** Writes the preferred report's value into its project, audited as an update of the project. */
function* writeThroughStep(w: WriteDialect, report: FactReport, options: EditOptions): Step<void> {
  const columns = PROJECT_COLUMNS_OF[report.fact as ProjectFact]?.(report);
  // A date stated only as a span ("about six years") has nothing to put in a date column.
  if (!columns || Object.values(columns)[0] === null) return;
  const { projects } = w.tables;
  const before = yield* snapshotStep(w, 'project', report.projectId, true);
  yield* updateStep(
    projects,
    { ...columns, updatedAt: w.now, version: nextVersion },
    eq(projects.id, report.projectId),
  );
  yield* auditStep(w, {
    actor: options.actor,
    action: 'update',
    recordKind: 'project',
    recordId: report.projectId,
    before,
    after: yield* snapshotStep(w, 'project', report.projectId),
    reason: options.reason ?? `project fact report ${report.id} preferred`,
  });
}

/**
 * Marks one report as the preferred one among the reports of the same fact of the same project (clearing
 * the others' marks, each audited); `preferred: false` clears the choice. A preferred value, status or
 * actual date becomes the project's own, and the project's plan is recomputed.
 */
export function* setPreferredProjectFactStep(
  w: WriteDialect,
  id: number,
  preferred: boolean,
  options: EditOptions,
): Step<void> {
  const { projectFactReports: r } = w.tables;
  const report = yield* preferReportStep(w, {
    kind: 'project-fact',
    sameKeyOf: (chosen) => and(eq(r.projectId, chosen.projectId), eq(r.fact, chosen.fact)),
    id,
    preferred,
    options,
  });
  if (preferred) yield* writeThroughStep(w, report, options);
  yield* refreshProjectPlanStep(w, report.projectId);
}
