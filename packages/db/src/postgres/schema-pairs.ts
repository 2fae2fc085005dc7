import { is } from 'drizzle-orm';
import { PgTable } from 'drizzle-orm/pg-core';
import { SQLiteTable } from 'drizzle-orm/sqlite-core';
import * as sqliteSchema from '../schema';
import * as postgresSchema from './schema';
import { postgresTableShape, sqliteTableShape, type TableShape } from './table-shape';

/** Every table of the SQLite schema (the source of truth), described dialect-neutrally. */
export function sqliteShapes(): TableShape[] {
  return Object.values(sqliteSchema)
    .filter((value) => is(value, SQLiteTable))
    .map(sqliteTableShape);
}

/** Every table of its PostgreSQL mirror. */
export function postgresShapes(): TableShape[] {
  return Object.values(postgresSchema)
    .filter((value) => is(value, PgTable))
    .map(postgresTableShape);
}
