import { isPostgres, type AuthDatabase } from '../auth-database';
import type { AuthStore } from './auth-store';
import { postgresStore } from './postgres-store';
import { sqliteStore } from './sqlite-store';

const stores = new WeakMap<AuthDatabase, AuthStore>();

/** The store of a database handle, built once per handle (it holds better-auth's adapter). */
export function authStore(db: AuthDatabase): AuthStore {
  let store = stores.get(db);
  if (!store) {
    store = isPostgres(db) ? postgresStore(db) : sqliteStore(db);
    stores.set(db, store);
  }
  return store;
}
