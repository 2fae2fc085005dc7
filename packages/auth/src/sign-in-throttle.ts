import { isIP } from 'node:net';

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

export interface ThrottleRow {
  key: string;
  failures: number;
  lockedUntil: number;
  updatedAt: number;
}

/**
 * What one attempt does to the stored rows of its keys. While any key is locked it is refused and nothing
 * is counted; otherwise it counts against every key, before the password is checked, so parallel guesses
 * cannot all slip through before the first failure is written. Each store runs this between reading and
 * writing those rows with no other attempt on the same keys in between (see store/). A success takes
 * its attempt back (`clientAfterSuccess`).
 */
export function countAttempt(
  rows: readonly ThrottleRow[],
  keys: readonly string[],
  policy: ThrottlePolicy,
  now: number,
): { admission: Admission; writes: ThrottleRow[] } {
  const lockedUntil = Math.max(0, ...rows.map((r) => r.lockedUntil));
  if (lockedUntil > now) {
    const admission = { allowed: false, retryAfterSeconds: Math.ceil((lockedUntil - now) / 1000) };
    return { admission, writes: [] };
  }
  const writes = keys.map((key) => {
    const row = rows.find((r) => r.key === key);
    const previous = row && now - row.updatedAt < policy.forgetAfterMs ? row.failures : 0;
    const failures = previous + 1;
    const lock = lockFor(failures, policy);
    return { key, failures, lockedUntil: lock ? now + lock : 0, updatedAt: now };
  });
  return { admission: { allowed: true }, writes };
}

/**
 * Counters last touched before this instant, and not locked, are forgotten: dead weight, since an attacker
 * can make one per invented email.
 */
export function forgottenBefore(policy: ThrottlePolicy, now: number): number {
  return now - policy.forgetAfterMs;
}

/**
 * A successful sign-in clears its account's record, and gives the client back the attempt counted for it
 * (and any lock-out that attempt alone caused), so colleagues behind one address are not locked out by
 * signing in; earlier failures from that address still count.
 */
export function clientAfterSuccess(
  row: ThrottleRow,
  policy: ThrottlePolicy,
): Pick<ThrottleRow, 'failures' | 'lockedUntil'> {
  const failures = Math.max(0, row.failures - 1);
  return { failures, lockedUntil: lockFor(failures, policy) ? row.lockedUntil : 0 };
}
