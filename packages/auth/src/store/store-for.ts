import { oncePerHandle } from '@tianshan/db/database';
import type { AuthDatabase } from '../auth-database';
import type { AuthStore } from './auth-store';
import { postgresStore } from './postgres-store';
import { sqliteStore } from './sqlite-store';

/** The store of a database handle, built once per handle (it holds better-auth's adapter). */
export const authStore: (db: AuthDatabase) => AuthStore = oncePerHandle({
  sqlite: sqliteStore,
  postgres: postgresStore,
});
