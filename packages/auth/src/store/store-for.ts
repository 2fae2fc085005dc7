import { isPostgres, type AuthDatabase } from '../auth-database';
import type { AuthStore } from './auth-store';
import { postgresStore } from './postgres-store';
import { sqliteStore } from './sqlite-store';

export function authStore(db: AuthDatabase): AuthStore {
  return isPostgres(db) ? postgresStore(db) : sqliteStore(db);
}
