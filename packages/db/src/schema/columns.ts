import { sql } from 'drizzle-orm';
import { integer, text } from 'drizzle-orm/sqlite-core';

/** UTC ISO-8601 with milliseconds, so timestamps sort as text and never depend on the server's zone. */
export const utcNow = sql`(strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))`;

export const timestamps = {
  createdAt: text('created_at').notNull().default(utcNow),
  updatedAt: text('updated_at').notNull().default(utcNow),
};

/**
 * Bumped by every write to an editable record, so an edit can say which version it started from and a
 * stale one is refused. An integer, not `updated_at`: two writes within one millisecond share a timestamp.
 */
export const versioned = {
  version: integer('version').notNull().default(1),
};

/** Records are deleted softly so an admin can restore them; every list filters on this column. */
export const softDelete = {
  deletedAt: text('deleted_at'),
};
