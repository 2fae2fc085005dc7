import { sql } from 'drizzle-orm';
import { text } from 'drizzle-orm/sqlite-core';

/** UTC ISO-8601 with milliseconds, so timestamps sort as text and never depend on the server's zone. */
export const utcNow = sql`(strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))`;

export const timestamps = {
  createdAt: text('created_at').notNull().default(utcNow),
  updatedAt: text('updated_at').notNull().default(utcNow),
};

/** Records are deleted softly so an admin can restore them; every list filters on this column. */
export const softDelete = {
  deletedAt: text('deleted_at'),
};
