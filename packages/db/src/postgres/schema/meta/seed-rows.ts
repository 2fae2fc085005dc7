import { integer, pgTable, text } from 'drizzle-orm/pg-core';
import { utcNow } from '../columns';

/** Mirrors schema/meta/seed-rows.ts: copied too, so seeding the new database adds nothing twice. */
export const seedRows = pgTable('seed_rows', {
  key: text('key').primaryKey(),
  file: text('file').notNull(),
  recordKind: text('record_kind').notNull(),
  recordId: integer('record_id'),
  seededAt: text('seeded_at').notNull().default(utcNow),
});
