import { and, eq, isNotNull, isNull, ne, sql, type SQL } from 'drizzle-orm';
import type { SQLiteColumn, SQLiteTable } from 'drizzle-orm/sqlite-core';
import type { Db } from '../client';
import { utcNow } from '../schema/columns';
import { writeAudit, type Actor } from './audit';
import { RecordNotFoundError } from './errors';
import type { CitedKindName } from './record-kinds';
import type { Tx } from './sources';

/** A table of reports of which several may share one key, and one an editor may mark preferred. */
export type PreferableTable = SQLiteTable & {
  id: SQLiteColumn;
  preferred: SQLiteColumn;
  deletedAt: SQLiteColumn;
};

/** The report an editor marks: only a live one, as a deleted report can be neither shown nor preferred. */
function liveReport<T extends PreferableTable>(
  tx: Tx,
  reports: T,
  kind: CitedKindName,
  id: number,
): T['$inferSelect'] {
  const report = tx
    .select()
    .from(reports)
    .where(and(eq(reports.id, id), isNull(reports.deletedAt)))
    .get();
  if (!report) throw new RecordNotFoundError(kind, id);
  return report;
}

export interface PreferenceChange<T extends PreferableTable> {
  kind: CitedKindName;
  reports: T;
  /** The reports of the same figure or fact as the chosen one, deleted ones included. */
  sameKeyOf: (report: T['$inferSelect']) => SQL | undefined;
  id: number;
  preferred: boolean;
  options: { actor: Actor; reason?: string | null };
  /** The record as the audit log stores it (records.ts `snapshot`). */
  snapshotOf: (id: number) => unknown;
}

function setMark(tx: Tx, reports: PreferableTable, mark: boolean, where: SQL | undefined) {
  tx.run(
    sql`UPDATE ${reports} SET ${sql.identifier(reports.preferred.name)} = ${mark ? 1 : null}, updated_at = ${utcNow}, version = version + 1 WHERE ${where}`,
  );
}

/**
 * Marks one live report as preferred among the reports sharing its key, clearing the mark on the others;
 * `preferred: false` clears the choice altogether. Every report whose mark changes gets its own audit
 * entry, so its history shows why it lost the mark. Runs inside the caller's transaction; returns the
 * report, for what else follows from the choice.
 */
export function preferReport<T extends PreferableTable>(
  db: Db,
  tx: Tx,
  change: PreferenceChange<T>,
): T['$inferSelect'] {
  const { kind, reports, id, preferred } = change;
  const { actor, reason } = change.options;
  const report = liveReport(tx, reports, kind, id);
  const sameKey = change.sameKeyOf(report);
  const group = () =>
    tx.select({ id: reports.id, preferred: reports.preferred }).from(reports).where(sameKey).all();
  const before = group();
  // Soft-deleted siblings lose their mark too: restoring one must not bring back a second choice.
  const siblings = and(sameKey, ne(reports.id, id), isNotNull(reports.preferred));
  const cleared = tx
    .select({ id: reports.id })
    .from(reports)
    .where(siblings)
    .all()
    .map((r) => ({ id: Number(r.id), before: change.snapshotOf(Number(r.id)) }));
  setMark(tx, reports, false, siblings);
  setMark(tx, reports, preferred, eq(reports.id, id));
  writeAudit(db, {
    actor,
    action: 'prefer',
    recordKind: kind,
    recordId: id,
    before,
    after: group(),
    reason,
  });
  for (const sibling of cleared) {
    writeAudit(db, {
      actor,
      action: 'prefer',
      recordKind: kind,
      recordId: sibling.id,
      before: sibling.before,
      after: change.snapshotOf(sibling.id),
      reason:
        reason ??
        `${kind.replace('-', ' ')} ${id} ${preferred ? 'preferred instead' : 'choice cleared'}`,
    });
  }
  return report;
}
