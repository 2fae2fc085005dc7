import { is } from 'drizzle-orm';
import { PgDatabase } from 'drizzle-orm/pg-core';
import type { Db } from '@tianshan/db/client';
import type { PostgresDb } from '@tianshan/db/postgres/client';

/** Accounts, sessions and the sign-in throttle live in whichever database the process was given. */
export type AuthDatabase = Db | PostgresDb;

export function isPostgres(db: AuthDatabase): db is PostgresDb {
  return is(db, PgDatabase);
}
