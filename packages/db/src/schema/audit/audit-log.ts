import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { utcNow } from '../columns';

/**
 * Every create, update, delete and restore, written in the same transaction as the change.
 * Append-only: the app has no code path that updates or deletes a row here.
 */
export const auditLog = sqliteTable(
  'audit_log',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    at: text('at').notNull().default(utcNow),
    /** Null only for changes made by the seed or a CLI command; `actorLabel` then says which. */
    userId: text('user_id'),
    actorLabel: text('actor_label').notNull(),
    action: text('action').notNull(),
    recordKind: text('record_kind').notNull(),
    recordId: text('record_id').notNull(),
    /** JSON of the record before and after; null before a create, null after a hard delete. */
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
