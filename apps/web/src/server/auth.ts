import 'server-only';
import { createAuth, type Auth } from '@tianshan/auth';
import { getDb } from './db';
import { env } from './env';

const globalForAuth = globalThis as unknown as { tianshanAuth?: Map<string, Auth> };

/**
 * One better-auth instance per public origin (normally exactly one). Without TIANSHAN_ORIGIN the origin is
 * taken from the request, so `localhost:3000` and `127.0.0.1:3000` both work in development.
 */
export function getAuth(origin: string): Auth {
  const base = env.origin ?? origin;
  globalForAuth.tianshanAuth ??= new Map();
  let auth = globalForAuth.tianshanAuth.get(base);
  if (!auth) {
    auth = createAuth(getDb(), { baseURL: base, signInMax: env.signInMax, signInWindowSeconds: env.signInWindowSeconds });
    globalForAuth.tianshanAuth.set(base, auth);
  }
  return auth;
}

export function originOf(headers: Headers): string {
  const host = headers.get('x-forwarded-host') ?? headers.get('host') ?? 'localhost';
  const proto = headers.get('x-forwarded-proto') ?? 'http';
  return `${proto}://${host}`;
}
