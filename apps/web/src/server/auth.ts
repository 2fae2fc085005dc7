import 'server-only';
import { createAuth, type Auth } from '@tianshan/auth';
import { getDb } from './db';
import { env } from './env';

const globalForAuth = globalThis as unknown as { tianshanAuth?: Promise<Auth> };

/**
 * The one better-auth instance, for the configured origin. Never one per request Host: that let a client
 * pick the cookie settings (Secure followed X-Forwarded-Proto) and grow an unbounded map of instances.
 * Built on first use (the signing secret may have to be read from the database); a failed build is not
 * kept, so the next request tries again.
 */
export function getAuth(): Promise<Auth> {
  globalForAuth.tianshanAuth ??= createAuth(getDb(), {
    baseURL: env.origin,
    signInMax: env.signInMax,
    signInWindowSeconds: env.signInWindowSeconds,
    trustedProxies: env.trustedProxies,
  }).catch((error: unknown) => {
    globalForAuth.tianshanAuth = undefined;
    throw error;
  });
  return globalForAuth.tianshanAuth;
}
