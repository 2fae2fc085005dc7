import type { RecordKind } from '@tianshan/model';
import type { Db } from '../client';
import { auditLog } from '../schema';
import { placeholders, preparedOnce } from '../prepared';
import type { Tx } from './sources';

export type AuditAction = 'create' | 'update' | 'delete' | 'restore' | 'import' | 'seed' | 'prefer';

export interface Actor {
  userId: string | null;
  label: string;
}

export interface AuditEntry {
  actor: Actor;
  action: AuditAction;
  recordKind: RecordKind | 'dataset';
  recordId: string | number;
  before?: unknown;
  after?: unknown;
  reason?: string | null;
}

function auditRow(entry: AuditEntry) {
  return {
    userId: entry.actor.userId,
    actorLabel: entry.actor.label,
    action: entry.action,
    recordKind: entry.recordKind,
    recordId: String(entry.recordId),
    before: entry.before === undefined ? null : JSON.stringify(entry.before),
    after: entry.after === undefined ? null : JSON.stringify(entry.after),
    reason: entry.reason ?? null,
  };
}

const AUDIT_COLUMNS = Object.keys(
  auditRow({
    actor: { userId: null, label: '' },
    action: 'create',
    recordKind: 'dataset',
    recordId: 0,
  }),
);

/** Call inside the transaction that makes the change, so the change and its trace commit together. */
export function writeAudit(tx: Tx, entry: AuditEntry): void {
  tx.insert(auditLog).values(auditRow(entry)).run();
}

/** The same entry through a statement compiled once per connection: the record write path, once per record. */
export function writeAuditPrepared(db: Db, entry: AuditEntry): void {
  preparedOnce(db, 'audit insert', () =>
    db
      .insert(auditLog)
      .values(placeholders(AUDIT_COLUMNS) as never)
      .prepare(),
  ).run(auditRow(entry));
}
