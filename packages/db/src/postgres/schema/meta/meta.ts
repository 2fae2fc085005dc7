import { pgTable, text } from 'drizzle-orm/pg-core';
import { timestamps } from '../columns';

/** Mirrors schema/meta/meta.ts. */
export const meta = pgTable('meta', {
  key: text('key').primaryKey(),
  value: text('value').notNull(),
  ...timestamps,
});
