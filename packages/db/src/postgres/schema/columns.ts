import { sql } from 'drizzle-orm';
import { integer, text } from 'drizzle-orm/pg-core';

/**
 * PostgreSQL counterparts of the SQLite schema's shared columns. Each PostgreSQL column yields the same
 * JavaScript value as its SQLite twin, so one query layer can serve both: record timestamps stay ISO-8601
 * text (the app sorts and compares them as text), while better-auth's epoch columns become `timestamptz`
 * (both sides hand the app a Date).
 */

/**
 * The SQLite default's exact format (UTC, milliseconds, `Z`). `statement_timestamp()`, not `now()`: like
 * SQLite's `'now'` it moves between statements of one transaction.
 */
export const utcNow = sql`(to_char(statement_timestamp() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'))`;

/** An id the database assigns; "by default" so a copy can keep the ids a SQLite database gave out. */
export const serialId = () => integer('id').primaryKey().generatedByDefaultAsIdentity();

export const timestamps = {
  createdAt: text('created_at').notNull().default(utcNow),
  updatedAt: text('updated_at').notNull().default(utcNow),
};

export const versioned = {
  version: integer('version').notNull().default(1),
};

export const softDelete = {
  deletedAt: text('deleted_at'),
};
