import { and, eq, inArray, lt } from 'drizzle-orm';
import { isIP } from 'node:net';
import type { Db } from '@tianshan/db/client';
import { signInThrottles } from '@tianshan/db/schema';

export interface ThrottlePolicy {
  /** Attempts allowed before the first lock-out. */
  threshold: number;
  /** The first lock-out; each further failed attempt doubles it. */
  baseLockMs: number;
  maxLockMs: number;
  /** A key with no attempt for this long starts again from zero. */
  forgetAfterMs: number;
}

export type Admission = { allowed: true } | { allowed: false; retryAfterSeconds: number };

export function accountKey(email: string): string {
  return `account:${email.trim().toLowerCase()}`;
}

/**
 * IPv6 clients are keyed by their /64: one household or server gets a whole /64, so counting single
 * addresses would hand an attacker 2^64 fresh counters.
 */
export function clientKey(address: string): string {
  if (isIP(address) !== 6) return `client:${address}`;
  const [head = '', tail] = address.split('%')[0]?.split('::') ?? [];
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  const groups =
    tail === undefined
      ? left
      : [...left, ...Array<string>(8 - left.length - right.length).fill('0'), ...right];
  const prefix = groups.slice(0, 4).map((g) => Number.parseInt(g, 16).toString(16));
  return `client:${prefix.join(':')}::/64`;
}

function lockFor(failures: number, policy: ThrottlePolicy): number {
  if (failures < policy.threshold) return 0;
  // Capped exponent: 2^30 times any sensible base is far past maxLockMs already.
  const doublings = Math.min(failures - policy.threshold, 30);
  return Math.min(policy.baseLockMs * 2 ** doublings, policy.maxLockMs);
}

/**
 * Checks every key and, unless one is locked, counts this attempt against each of them — before the
 * password is checked, in one IMMEDIATE transaction, so parallel guesses (from this process or another
 * one on the same database) cannot all slip through before the first failure is written. A success
 * takes its attempt back (`recordSuccess`).
 */
export function admitAttempt(
  db: Db,
  keys: readonly string[],
  policy: ThrottlePolicy,
  now = Date.now(),
): Admission {
  const admit = db.$client.transaction((): Admission => {
    const rows = db
      .select()
      .from(signInThrottles)
      .where(inArray(signInThrottles.key, [...keys]))
      .all();
    const lockedUntil = Math.max(0, ...rows.map((r) => r.lockedUntil));
    if (lockedUntil > now)
      return { allowed: false, retryAfterSeconds: Math.ceil((lockedUntil - now) / 1000) };
    for (const key of keys) {
      const row = rows.find((r) => r.key === key);
      const previous = row && now - row.updatedAt < policy.forgetAfterMs ? row.failures : 0;
      const failures = previous + 1;
      const lock = lockFor(failures, policy);
      const values = { failures, lockedUntil: lock ? now + lock : 0, updatedAt: now };
      db.insert(signInThrottles)
        .values({ key, ...values })
        .onConflictDoUpdate({ target: signInThrottles.key, set: values })
        .run();
    }
    // Forgotten, unlocked counters are dead weight (an attacker can make one per invented email).
    db.delete(signInThrottles)
      .where(
        and(
          lt(signInThrottles.updatedAt, now - policy.forgetAfterMs),
          lt(signInThrottles.lockedUntil, now),
        ),
      )
      .run();
    return { allowed: true };
  });
  return admit.immediate();
}

/**
 * A successful sign-in clears its account's record, and gives the client back the attempt counted for it
 * (and any lock-out that attempt alone caused), so colleagues behind one address are not locked out by
 * signing in; earlier failures from that address still count.
 */
export function recordSuccess(
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
    const failures = Math.max(0, row.failures - 1);
    const lockedUntil = lockFor(failures, policy) ? row.lockedUntil : 0;
    db.update(signInThrottles)
      .set({ failures, lockedUntil })
      .where(eq(signInThrottles.key, client))
      .run();
  });
  settle.immediate();
}
