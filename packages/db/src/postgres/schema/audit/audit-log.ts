import { index, pgTable, text } from 'drizzle-orm/pg-core';
import { serialId, utcNow } from '../columns';

/**
 * Mirrors schema/audit/audit-log.ts. `before`/`after` stay JSON text rather than `jsonb`: the audit
 * history must keep the exact text that was written (jsonb reorders keys and drops duplicates).
 */
export const auditLog = pgTable(
  'audit_log',
  {
    id: serialId(),
    at: text('at').notNull().default(utcNow),
    userId: text('user_id'),
    actorLabel: text('actor_label').notNull(),
    action: text('action').notNull(),
    recordKind: text('record_kind').notNull(),
    recordId: text('record_id').notNull(),
    before: text('before'),
    after: text('after'),
    reason: text('reason'),
  },
  (t) => [
    index('audit_record_idx').on(t.recordKind, t.recordId, t.at),
    index('audit_at_idx').on(t.at),
    index('audit_user_idx').on(t.userId, t.at),
  ],
);
