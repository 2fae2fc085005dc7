import { auditRow, type AuditEntry } from '../write/audit';
import type { PostgresDb, PostgresTx } from './client';
import { auditLog } from './schema';

/** `writeAudit` on PostgreSQL: call it inside the transaction that makes the change. */
export async function writeAuditPostgres(
  tx: PostgresTx | PostgresDb,
  entry: AuditEntry,
): Promise<void> {
  await tx.insert(auditLog).values(auditRow(entry));
}
