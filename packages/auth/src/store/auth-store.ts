import type { drizzleAdapter } from 'better-auth/adapters/drizzle';
import type { accounts, users } from '@tianshan/db/schema';
import type { AuditEntry } from '@tianshan/db/write/audit';
import type { Admission, ThrottlePolicy } from '../sign-in-throttle';

/** Where the signing secret is kept when BETTER_AUTH_SECRET is not set (a row of `meta`). */
export const SECRET_KEY = 'auth_secret';

/** A new account as stored: the user and its password credential (both schemas type them alike). */
export interface NewUserRows {
  user: typeof users.$inferInsert;
  account: typeof accounts.$inferInsert;
}

/**
 * Everything packages/auth reads or writes itself, once per dialect; better-auth reaches the same tables
 * through `adapter`. The rules (what an attempt counts, what a success gives back) live in
 * sign-in-throttle.ts; a store only guarantees that no other attempt on the same keys runs between its
 * read and its write, in every process sharing the database.
 */
export interface AuthStore {
  readonly adapter: ReturnType<typeof drizzleAdapter>;
  /** The secret kept in the database: the stored one, or `generated` if none was stored yet. */
  storedSecret(generated: string): Promise<string>;
  admitAttempt(keys: readonly string[], policy: ThrottlePolicy, now: number): Promise<Admission>;
  recordSuccess(account: string, client: string | null, policy: ThrottlePolicy): Promise<void>;
  /** Inserts both rows and the audit entry in one transaction; a taken email is a DuplicateUserError. */
  insertUser(rows: NewUserRows, audit: AuditEntry): Promise<void>;
  hasUsers(): Promise<boolean>;
}

type AuthTables = Record<
  'users' | 'sessions' | 'accounts' | 'verifications' | 'rateLimits',
  object
>;

/** The tables better-auth's Drizzle adapter is given, by its model names, from either schema. */
export function betterAuthTables(schema: AuthTables) {
  return {
    user: schema.users,
    session: schema.sessions,
    account: schema.accounts,
    verification: schema.verifications,
    rateLimit: schema.rateLimits,
  };
}
