import { betterAuth } from 'better-auth';
import { drizzleAdapter } from 'better-auth/adapters/drizzle';
import type { Db } from '@tianshan/db/client';
import { accounts, rateLimits, sessions, users, verifications } from '@tianshan/db/schema';
import { hashPassword, verifyPassword } from './password';
import { authSecret } from './secret';
import { UNUSED_ENDPOINTS } from './unused-endpoints';

export interface AuthOptions {
  /** Public origin, e.g. https://tianshan.example; decides Secure cookies and trusted origins. */
  baseURL: string;
  /** Sign-in attempts allowed per window per client (address + path). */
  signInMax?: number;
  signInWindowSeconds?: number;
}

const DAY = 60 * 60 * 24;

/**
 * Email + password accounts. Sign-up is closed: admins create users (see users.ts and the CLI).
 * Sessions last a week and are refreshed daily; cookies are HttpOnly and SameSite=Lax always, and Secure
 * whenever the site is served over HTTPS. Sign-in attempts are throttled with counters kept in SQLite,
 * so restarting the server does not reset them.
 */
export function createAuth(db: Db, options: AuthOptions) {
  const secure = options.baseURL.startsWith('https://');
  return betterAuth({
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
      customRules: {
        '/sign-in/email': {
          window: options.signInWindowSeconds ?? 60,
          max: options.signInMax ?? 5,
        },
      },
    },
    advanced: {
      useSecureCookies: secure,
      defaultCookieAttributes: { httpOnly: true, sameSite: 'lax', secure },
    },
    telemetry: { enabled: false },
  });
}

export type Auth = ReturnType<typeof createAuth>;
