import { sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { timestamps } from '../columns';

/** Facts about the database file itself, e.g. who created it (the seed refuses files it did not create). */
export const meta = sqliteTable('meta', {
  key: text('key').primaryKey(),
  value: text('value').notNull(),
  ...timestamps,
});
