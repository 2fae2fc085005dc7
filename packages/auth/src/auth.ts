import { betterAuth } from 'better-auth';
import { APIError, createAuthMiddleware } from 'better-auth/api';
import type { AuthDatabase } from './auth-database';
import { CLIENT_ADDRESS_HEADER, trustedProxyList, withClientAddress } from './client-address';
import { hashPassword, verifyPassword } from './password';
import { authSecret } from './secret';
import { accountKey, clientKey, type ThrottlePolicy } from './sign-in-throttle';
import type { AuthStore } from './store/auth-store';
import { authStore } from './store/store-for';
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
 * Email + password accounts on the database given, SQLite or PostgreSQL. Async only because the signing
 * secret may have to be read from the database first; create it once per process.
 */
export async function createAuth(db: AuthDatabase, options: AuthOptions): Promise<Auth> {
  return buildAuth(authStore(db), await authSecret(db), options);
}

/**
 * Sign-up is closed: admins create users (see users.ts and the CLI). Sessions last a week and are
 * refreshed daily; cookies are HttpOnly and SameSite=Lax always, and Secure whenever the site is served
 * over HTTPS. Sign-in attempts are throttled per client address and per account, with a lock-out that
 * doubles while attempts continue; the counters are kept in the database, so a restart does not reset
 * them and several server processes share them.
 */
function buildAuth(store: AuthStore, secret: string, options: AuthOptions) {
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
    secret,
    trustedOrigins: [options.baseURL],
    disabledPaths: UNUSED_ENDPOINTS,
    database: store.adapter,
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
        const admission = await store.admitAttempt(throttleKeys(email, client), policy, Date.now());
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
        await store.recordSuccess(accountKey(email), client ? clientKey(client) : null, policy);
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

export type Auth = ReturnType<typeof buildAuth>;
