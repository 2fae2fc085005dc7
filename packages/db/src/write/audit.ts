import type { AuditAction, RecordKind } from '@tianshan/model';
import type { Db } from '../client';
import { auditLog } from '../schema';
import { insertValues } from './raw-insert';

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

export function auditRow(entry: AuditEntry) {
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

/**
 * Call inside the transaction that makes the change, so the change and its trace commit together. The
 * statement is compiled once per connection: imports write one entry per record.
 */
export function writeAudit(db: Db, entry: AuditEntry): void {
  insertValues(db, auditLog, auditRow(entry));
}
