import { randomBytes } from 'node:crypto';
import type { AuthDatabase } from './auth-database';
import { authStore } from './store/store-for';

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

/** The secret of the database given, on either dialect. */
export async function authSecret(db: AuthDatabase): Promise<string> {
  return secretFromEnv() ?? (await authStore(db).storedSecret(generateSecret()));
}
