import type { RecordKind } from '@tianshan/model';
import { auditLog } from '../schema';
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

/** Call inside the transaction that makes the change, so the change and its trace commit together. */
export function writeAudit(tx: Tx, entry: AuditEntry): void {
  tx.insert(auditLog)
    .values({
      userId: entry.actor.userId,
      actorLabel: entry.actor.label,
      action: entry.action,
      recordKind: entry.recordKind,
      recordId: String(entry.recordId),
      before: entry.before === undefined ? null : JSON.stringify(entry.before),
      after: entry.after === undefined ? null : JSON.stringify(entry.after),
      reason: entry.reason ?? null,
    })
    .run();
}
