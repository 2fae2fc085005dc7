import { randomBytes } from 'node:crypto';
import type { Db } from '@tianshan/db/client';
import type { AuthStore } from './store/auth-store';
import { sqliteSecret } from './store/sqlite-store';

/**
 * The signing secret: BETTER_AUTH_SECRET when set (production), otherwise a random one generated once and
 * kept in the database so sessions survive restarts, and every process on that database shares it. Never a
 * default baked into the code.
 */
function secretFromEnv(): string | null {
  const fromEnv = process.env.BETTER_AUTH_SECRET;
  return fromEnv && fromEnv.length >= 32 ? fromEnv : null;
}

function generateSecret(): string {
  return randomBytes(32).toString('base64url');
}

/** On SQLite, synchronously: `createAuth` builds better-auth without an await. */
export function authSecret(db: Db): string {
  return secretFromEnv() ?? sqliteSecret(db, generateSecret());
}

/** On either database. */
export async function loadAuthSecret(store: AuthStore): Promise<string> {
  return secretFromEnv() ?? (await store.storedSecret(generateSecret()));
}
