import { integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { utcNow } from '../columns';

/**
 * Which rows of the shipped seed files a database already holds, so that seeding again adds only the rows
 * that are missing. A row is known by its file and the hash of its cells (see seed/seed-keys.ts), never by
 * the record's current values: an editor's change must not make the seed think the row is missing.
 */
export const seedRows = sqliteTable('seed_rows', {
  key: text('key').primaryKey(),
  file: text('file').notNull(),
  recordKind: text('record_kind').notNull(),
  /** Null where an older database's records could not be matched back to their rows. */
  recordId: integer('record_id'),
  seededAt: text('seeded_at').notNull().default(utcNow),
});
