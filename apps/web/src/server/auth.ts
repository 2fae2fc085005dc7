import 'server-only';
import { createAuth, type Auth } from '@tianshan/auth';
import { getDb } from './db';
import { env } from './env';

const globalForAuth = globalThis as unknown as { tianshanAuth?: Auth };

/**
 * The one better-auth instance, for the configured origin. Never one per request Host: that let a client
 * pick the cookie settings (Secure followed X-Forwarded-Proto) and grow an unbounded map of instances.
 */
export function getAuth(): Auth {
  globalForAuth.tianshanAuth ??= createAuth(getDb(), {
    baseURL: env.origin,
    signInMax: env.signInMax,
    signInWindowSeconds: env.signInWindowSeconds,
    trustedProxies: env.trustedProxies,
  });
  return globalForAuth.tianshanAuth;
}
