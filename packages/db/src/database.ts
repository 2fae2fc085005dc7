import { is } from 'drizzle-orm';
import { PgDatabase } from 'drizzle-orm/pg-core';
import type { Db } from './client';
import type { PostgresDb } from './postgres/client';

/** A database handle of either dialect, as every read (and the auth store) accepts it. */
export type Database = Db | PostgresDb;

export function isPostgres(db: Database): db is PostgresDb {
  return is(db, PgDatabase);
}

/**
 * A per-dialect companion of a database handle (a reader, a store), made on first use and then kept as
 * long as the handle lives: it may hold prepared statements or an adapter that must not be rebuilt per call.
 */
export function oncePerHandle<T>(make: {
  sqlite: (db: Db) => T;
  postgres: (db: PostgresDb) => T;
}): (db: Database) => T {
  const made = new WeakMap<Database, T>();
  return (db) => {
    let value = made.get(db);
    if (value === undefined) {
      value = isPostgres(db) ? make.postgres(db) : make.sqlite(db);
      made.set(db, value);
    }
    return value;
  };
}
