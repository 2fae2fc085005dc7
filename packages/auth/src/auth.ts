import { betterAuth } from 'better-auth';
import { drizzleAdapter } from 'better-auth/adapters/drizzle';
import { APIError, createAuthMiddleware } from 'better-auth/api';
import type { Db } from '@tianshan/db/client';
import { accounts, rateLimits, sessions, users, verifications } from '@tianshan/db/schema';
import { hashPassword, verifyPassword } from './password';
import { CLIENT_ADDRESS_HEADER, trustedProxyList, withClientAddress } from './client-address';
import { authSecret } from './secret';
import {
  accountKey,
  admitAttempt,
  clientKey,
  recordSuccess,
  type ThrottlePolicy,
} from './sign-in-throttle';
import { UNUSED_ENDPOINTS } from './unused-endpoints';

export interface AuthOptions {
  /** Public origin, e.g. https://tianshan.example; decides Secure cookies and trusted origins. */
  baseURL: string;
  /**
   * Sign-in attempts allowed per window per client address, and per account (and per address) before a
   * lock-out that starts at one window and doubles with each further attempt.
   */
  signInMax?: number;
  signInWindowSeconds?: number;
  /**
   * Reverse proxies (addresses or CIDR ranges) whose `X-Forwarded-For` is believed. With none, a
   * request's address is unknown and only the per-account limits apply.
   */
  trustedProxies?: readonly string[];
}

const DAY = 60 * 60 * 24;
const SIGN_IN = '/sign-in/email';

/**
 * Email + password accounts. Sign-up is closed: admins create users (see users.ts and the CLI).
 * Sessions last a week and are refreshed daily; cookies are HttpOnly and SameSite=Lax always, and Secure
 * whenever the site is served over HTTPS. Sign-in attempts are throttled per client address and per
 * account, with a lock-out that doubles while attempts continue; the counters are kept in SQLite, so a
 * restart does not reset them and several server processes share them.
 */
export function createAuth(db: Db, options: AuthOptions) {
  const secure = options.baseURL.startsWith('https://');
  const signInMax = options.signInMax ?? 5;
  const signInWindowSeconds = options.signInWindowSeconds ?? 60;
  const trusted = options.trustedProxies?.length ? trustedProxyList(options.trustedProxies) : null;
  const policy: ThrottlePolicy = {
    threshold: signInMax,
    baseLockMs: signInWindowSeconds * 1000,
    maxLockMs: 60 * 60 * 1000,
    forgetAfterMs: DAY * 1000,
  };
  const throttleKeys = (email: string, client: string | null) =>
    client ? [accountKey(email), clientKey(client)] : [accountKey(email)];

  const auth = betterAuth({
    appName: 'Tianshan',
    baseURL: options.baseURL,
    secret: authSecret(db),
    trustedOrigins: [options.baseURL],
    disabledPaths: UNUSED_ENDPOINTS,
    database: drizzleAdapter(db, {
      provider: 'sqlite',
      schema: {
        user: users,
        session: sessions,
        account: accounts,
        verification: verifications,
        rateLimit: rateLimits,
      },
    }),
    emailAndPassword: {
      enabled: true,
      disableSignUp: true,
      minPasswordLength: 12,
      password: { hash: hashPassword, verify: verifyPassword },
    },
    user: {
      additionalFields: {
        role: { type: 'string', required: false, defaultValue: 'viewer', input: false },
      },
    },
    session: { expiresIn: 7 * DAY, updateAge: DAY },
    rateLimit: {
      enabled: true,
      storage: 'database',
      window: 60,
      max: 100,
      customRules: { [SIGN_IN]: { window: signInWindowSeconds, max: signInMax } },
    },
    hooks: {
      before: createAuthMiddleware(async (ctx) => {
        const email = signInEmailOf(ctx.path, ctx.body);
        if (email === null) return;
        const client = ctx.headers?.get(CLIENT_ADDRESS_HEADER) ?? null;
        const admission = admitAttempt(db, throttleKeys(email, client), policy);
        if (!admission.allowed) {
          const retry = String(admission.retryAfterSeconds);
          throw new APIError(
            'TOO_MANY_REQUESTS',
            { message: 'Too many requests. Please try again later.' },
            { 'Retry-After': retry, 'X-Retry-After': retry },
          );
        }
      }),
      after: createAuthMiddleware(async (ctx) => {
        const email = signInEmailOf(ctx.path, ctx.body);
        if (email === null || !ctx.context.newSession) return;
        const client = ctx.headers?.get(CLIENT_ADDRESS_HEADER) ?? null;
        recordSuccess(db, accountKey(email), client ? clientKey(client) : null, policy);
      }),
    },
    advanced: {
      // Only the address resolved by `withClientAddress` below; never the client's own X-Forwarded-For.
      // With no address to believe, better-auth would fall back to one bucket for the whole site, and five
      // bad guesses a minute from anyone would lock every user out: the per-account throttle covers it.
      ipAddress: { ipAddressHeaders: [CLIENT_ADDRESS_HEADER], disableIpTracking: trusted === null },
      useSecureCookies: secure,
      defaultCookieAttributes: { httpOnly: true, sameSite: 'lax', secure },
    },
    telemetry: { enabled: false },
  });
  return {
    ...auth,
    handler: (request: Request) => auth.handler(withClientAddress(request, trusted)),
  };
}

function signInEmailOf(path: string | undefined, body: unknown): string | null {
  if (path !== SIGN_IN || typeof body !== 'object' || body === null) return null;
  const email: unknown = (body as { email?: unknown }).email;
  return typeof email === 'string' ? email : null;
}

export type Auth = ReturnType<typeof createAuth>;
