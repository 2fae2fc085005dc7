import { drizzleAdapter } from 'better-auth/adapters/drizzle';
import { and, eq, inArray, lt } from 'drizzle-orm';
import type { Db } from '@tianshan/db/client';
import * as schema from '@tianshan/db/schema';
import { writeAudit } from '@tianshan/db/write/audit';
import { writeTransaction } from '@tianshan/db/write/transaction';
import { DuplicateUserError } from '../duplicate-user-error';
import {
  clientAfterSuccess,
  countAttempt,
  forgottenBefore,
  type Admission,
  type ThrottlePolicy,
} from '../sign-in-throttle';
import { betterAuthTables, SECRET_KEY, type AuthStore } from './auth-store';

const { accounts, meta, signInThrottles, users } = schema;

/**
 * SQLite: every method is synchronous underneath, in IMMEDIATE transactions, which take the database's
 * write lock before reading: attempts from this process or another one on the same file run one at a time.
 */
export function sqliteStore(db: Db): AuthStore {
  return {
    adapter: drizzleAdapter(db, {
      provider: 'sqlite',
      schema: betterAuthTables(schema),
    }),
    storedSecret: async (generated) => sqliteSecret(db, generated),
    admitAttempt: async (keys, policy, now) => admitAttempt(db, keys, policy, now),
    recordSuccess: async (account, client, policy) => recordSuccess(db, account, client, policy),
    async insertUser({ user, account }, audit) {
      writeTransaction(db, (tx) => {
        if (tx.select({ id: users.id }).from(users).where(eq(users.email, user.email)).get())
          throw new DuplicateUserError(user.email);
        tx.insert(users).values(user).run();
        tx.insert(accounts).values(account).run();
        writeAudit(db, audit);
      });
    },
    hasUsers: async () => db.select({ id: users.id }).from(users).limit(1).get() !== undefined,
  };
}

/** The stored secret, or `generated` stored now; another process storing one first wins. */
function sqliteSecret(db: Db, generated: string): string {
  const stored = () =>
    db.select({ value: meta.value }).from(meta).where(eq(meta.key, SECRET_KEY)).get()?.value;
  const found = stored();
  if (found) return found;
  db.insert(meta).values({ key: SECRET_KEY, value: generated }).onConflictDoNothing().run();
  return stored() ?? generated;
}

function admitAttempt(
  db: Db,
  keys: readonly string[],
  policy: ThrottlePolicy,
  now: number,
): Admission {
  const admit = db.$client.transaction((): Admission => {
    const rows = db
      .select()
      .from(signInThrottles)
      .where(inArray(signInThrottles.key, [...keys]))
      .all();
    const { admission, writes } = countAttempt(rows, keys, policy, now);
    if (!admission.allowed) return admission;
    for (const { key, ...values } of writes) {
      db.insert(signInThrottles)
        .values({ key, ...values })
        .onConflictDoUpdate({ target: signInThrottles.key, set: values })
        .run();
    }
    db.delete(signInThrottles)
      .where(
        and(
          lt(signInThrottles.updatedAt, forgottenBefore(policy, now)),
          lt(signInThrottles.lockedUntil, now),
        ),
      )
      .run();
    return admission;
  });
  return admit.immediate();
}

function recordSuccess(
  db: Db,
  account: string,
  client: string | null,
  policy: ThrottlePolicy,
): void {
  const settle = db.$client.transaction(() => {
    db.delete(signInThrottles).where(eq(signInThrottles.key, account)).run();
    if (!client) return;
    const row = db.select().from(signInThrottles).where(eq(signInThrottles.key, client)).get();
    if (!row) return;
    db.update(signInThrottles)
      .set(clientAfterSuccess(row, policy))
      .where(eq(signInThrottles.key, client))
      .run();
  });
  settle.immediate();
}
