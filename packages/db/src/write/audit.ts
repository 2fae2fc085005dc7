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

/**
 * A value already written as JSON text: an audit entry stores it as it is. A bulk write builds each new
 * record's snapshot as text (`creationEntry`), which costs less than building the object and serialising it.
 */
export class JsonText {
  constructor(readonly text: string) {}
}

const asJson = (value: unknown) =>
  value === undefined ? null : value instanceof JsonText ? value.text : JSON.stringify(value);

export function auditRow(entry: AuditEntry) {
  return {
    userId: entry.actor.userId,
    actorLabel: entry.actor.label,
    action: entry.action,
    recordKind: entry.recordKind,
    recordId: String(entry.recordId),
    before: asJson(entry.before),
    after: asJson(entry.after),
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
