import { drizzleAdapter } from 'better-auth/adapters/drizzle';
import { and, eq, inArray, lt, sql } from 'drizzle-orm';
import type { PostgresDb, PostgresTx } from '@tianshan/db/postgres/client';
import * as schema from '@tianshan/db/postgres/schema';
import { writeAuditPostgres } from '@tianshan/db/postgres/write-audit';
import { BUMP_WRITE_VERSION_SQL } from '@tianshan/db/write/write-version';
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

// The first half of the throttle's advisory lock ids (the second is the key's hash); any fixed number.
const THROTTLE_LOCKS = 7_451_222;
const UNIQUE_VIOLATION = '23505';
// Named rather than left to the server's default: under SERIALIZABLE, racing attempts would fail instead of
// queueing on the locks.
const READ_COMMITTED = { isolationLevel: 'read committed' } as const;

/**
 * PostgreSQL: transactions at READ COMMITTED, made safe by locking the attempt's keys first.
 * Each statement after the lock reads what every earlier attempt on those keys committed, so two processes
 * can never both count from the same old value. Advisory locks rather than row locks, because a key's row
 * may not exist yet (a first attempt) and a row lock cannot be taken on a missing row.
 */
export function postgresStore(db: PostgresDb): AuthStore {
  return {
    adapter: drizzleAdapter(db, {
      provider: 'pg',
      schema: betterAuthTables(schema),
    }),
    async storedSecret(generated) {
      await db.insert(meta).values({ key: SECRET_KEY, value: generated }).onConflictDoNothing();
      const [row] = await db
        .select({ value: meta.value })
        .from(meta)
        .where(eq(meta.key, SECRET_KEY));
      return row?.value ?? generated;
    },
    admitAttempt: (keys, policy, now) => admitAttempt(db, keys, policy, now),
    recordSuccess: (account, client, policy) => recordSuccess(db, account, client, policy),
    async insertUser({ user, account }, audit) {
      try {
        await db.transaction(async (tx) => {
          const [taken] = await tx
            .select({ id: users.id })
            .from(users)
            .where(eq(users.email, user.email));
          if (taken) throw new DuplicateUserError(user.email);
          await tx.insert(users).values(user);
          await tx.insert(accounts).values(account);
          await writeAuditPostgres(tx, audit);
          await tx.execute(sql.raw(BUMP_WRITE_VERSION_SQL));
        });
      } catch (error) {
        // Two creations of one email at once: the second one's check ran before the first committed.
        if (violatesUnique(error)) throw new DuplicateUserError(user.email);
        throw error;
      }
    },
    async hasUsers() {
      const found = await db.select({ id: users.id }).from(users).limit(1);
      return found.length > 0;
    },
  };
}

/**
 * Waits for every other transaction holding one of these keys. Taken in the order of the locks' ids, so two
 * attempts sharing keys queue instead of deadlocking; released at commit or rollback.
 */
async function lockKeys(tx: PostgresTx, keys: readonly string[]): Promise<void> {
  const list = sql.join(
    keys.map((key) => sql`${key}`),
    sql`, `,
  );
  await tx.execute(sql`
    SELECT pg_advisory_xact_lock(${THROTTLE_LOCKS}, h)
      FROM (SELECT DISTINCT hashtext(k) AS h FROM unnest(ARRAY[${list}]::text[]) AS k ORDER BY h) AS locks`);
}

function admitAttempt(
  db: PostgresDb,
  keys: readonly string[],
  policy: ThrottlePolicy,
  now: number,
): Promise<Admission> {
  return db.transaction(async (tx) => {
    await lockKeys(tx, keys);
    const rows = await tx
      .select()
      .from(signInThrottles)
      .where(inArray(signInThrottles.key, [...keys]));
    const { admission, writes } = countAttempt(rows, keys, policy, now);
    if (!admission.allowed) return admission;
    await tx
      .insert(signInThrottles)
      .values(writes)
      .onConflictDoUpdate({
        target: signInThrottles.key,
        set: {
          failures: sql`excluded.failures`,
          lockedUntil: sql`excluded.locked_until`,
          updatedAt: sql`excluded.updated_at`,
        },
      });
    // Rows another attempt is writing are skipped, not waited for: waiting on each other's rows here is
    // how two attempts on different keys could deadlock. A skipped row goes with a later attempt.
    const forgotten = tx
      .select({ key: signInThrottles.key })
      .from(signInThrottles)
      .where(
        and(
          lt(signInThrottles.updatedAt, forgottenBefore(policy, now)),
          lt(signInThrottles.lockedUntil, now),
        ),
      )
      .for('update', { skipLocked: true });
    await tx.delete(signInThrottles).where(inArray(signInThrottles.key, forgotten));
    return admission;
  }, READ_COMMITTED);
}

function recordSuccess(
  db: PostgresDb,
  account: string,
  client: string | null,
  policy: ThrottlePolicy,
): Promise<void> {
  return db.transaction(async (tx) => {
    await lockKeys(tx, client ? [account, client] : [account]);
    await tx.delete(signInThrottles).where(eq(signInThrottles.key, account));
    if (!client) return;
    const [row] = await tx.select().from(signInThrottles).where(eq(signInThrottles.key, client));
    if (!row) return;
    await tx
      .update(signInThrottles)
      .set(clientAfterSuccess(row, policy))
      .where(eq(signInThrottles.key, client));
  }, READ_COMMITTED);
}

function violatesUnique(error: unknown): boolean {
  const cause = error instanceof Error && error.cause !== undefined ? error.cause : error;
  return (cause as { code?: unknown } | null)?.code === UNIQUE_VIOLATION;
}
