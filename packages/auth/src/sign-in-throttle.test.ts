import { afterEach, describe, expect, it, vi } from 'vitest';
import { createAuth, type Auth, type AuthOptions } from './auth';
import { accountKey, clientKey, type ThrottlePolicy } from './sign-in-throttle';
import { authStore } from './store/store-for';
import { describeOnEachDatabase } from '@tianshan/db/testing/each-database';
import { createUser } from './users';

afterEach(() => vi.useRealTimers());

const BASE = 'http://127.0.0.1:3999';
const PASSWORD = 'the real password 1';
/** The reverse proxy the "behind a proxy" cases stand behind; it appends the client's address. */
const PROXY = '192.0.2.10';

function signIn(auth: Auth, email: string, password: string, forwardedFor?: string) {
  return auth.handler(
    new Request(`${BASE}/api/auth/sign-in/email`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        origin: BASE,
        ...(forwardedFor ? { 'x-forwarded-for': forwardedFor } : {}),
      },
      body: JSON.stringify({ email, password }),
    }),
  );
}

describeOnEachDatabase('sign-in throttling', (database) => {
  const authWith = (options: Omit<AuthOptions, 'baseURL'>) =>
    createAuth(database().db, { baseURL: BASE, ...options });

  async function account(name: string) {
    const email = `${name}@example.org`;
    await createUser(database().db, { email, name, role: 'editor', password: PASSWORD });
    return email;
  }

  it('gives no extra guesses to a client that rotates X-Forwarded-For', async () => {
    const auth = await authWith({ signInMax: 3, signInWindowSeconds: 60 });
    const email = await account('rotating');
    const statuses: number[] = [];
    for (let i = 0; i < 8; i++)
      statuses.push((await signIn(auth, email, `guess ${i}`, `198.51.100.${i + 1}`)).status);
    expect(statuses).toEqual([401, 401, 401, 429, 429, 429, 429, 429]);
  });

  it('locks an account whichever clients the guesses come from, even behind a trusted proxy', async () => {
    const auth = await authWith({
      signInMax: 3,
      signInWindowSeconds: 60,
      trustedProxies: [PROXY],
    });
    const email = await account('many-clients');
    const statuses: number[] = [];
    // Each guess from a different real client, as the proxy reports it.
    for (let i = 0; i < 6; i++)
      statuses.push((await signIn(auth, email, `guess ${i}`, `203.0.113.${i + 1}`)).status);
    expect(statuses).toEqual([401, 401, 401, 429, 429, 429]);
    // Locked means locked: the right password from a new client waits too.
    const res = await signIn(auth, email, PASSWORD, '203.0.113.99');
    expect(res.status).toBe(429);
    expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(0);
  });

  it('counts parallel guesses before any password is checked', async () => {
    const auth = await authWith({ signInMax: 3, trustedProxies: [PROXY] });
    const email = await account('parallel');
    const results = await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        signIn(auth, email, `guess ${i}`, `203.0.113.${100 + i}`),
      ),
    );
    const statuses = results.map((r) => r.status);
    expect(statuses.filter((s) => s === 401)).toHaveLength(3);
    expect(statuses.filter((s) => s === 429)).toHaveLength(9);
  });

  it('doubles the lock-out while guesses continue', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-01-01T00:00:00Z'));
    const auth = await authWith({
      signInMax: 3,
      signInWindowSeconds: 60,
      trustedProxies: [PROXY],
    });
    const email = await account('doubling');
    let n = 0;
    const guess = () => signIn(auth, email, 'wrong', `203.0.113.${(n++ % 200) + 1}`);
    for (let i = 0; i < 3; i++) expect((await guess()).status).toBe(401);
    const lockOuts: number[] = [];
    for (let round = 0; round < 3; round++) {
      const refused = await guess();
      expect(refused.status).toBe(429);
      const wait = Number(refused.headers.get('retry-after'));
      lockOuts.push(wait);
      vi.setSystemTime(Date.now() + (wait - 1) * 1000);
      expect((await guess()).status, 'still locked a second before the end').toBe(429);
      vi.setSystemTime(Date.now() + 1000);
      expect((await guess()).status, 'one more guess once the lock-out ends').toBe(401);
    }
    expect(lockOuts).toEqual([60, 120, 240]);
  });

  it('keeps the lock-out across a restart and between processes sharing the database', async () => {
    const first = await authWith({ signInMax: 3, trustedProxies: [PROXY] });
    const email = await account('restart');
    for (let i = 0; i < 3; i++)
      expect((await signIn(first, email, `guess ${i}`, `203.0.113.${150 + i}`)).status).toBe(401);
    // A new server: its own connection to the same database, its own better-auth instance.
    const other = await database().connect();
    try {
      const second = await createAuth(other.db, {
        baseURL: BASE,
        signInMax: 3,
        trustedProxies: [PROXY],
      });
      expect((await signIn(second, email, PASSWORD, '203.0.113.160')).status).toBe(429);
    } finally {
      await other.close();
    }
  });

  it('starts an account afresh after a successful sign-in', async () => {
    const auth = await authWith({ signInMax: 3, trustedProxies: [PROXY] });
    const email = await account('recovers');
    let n = 0;
    const from = () => `203.0.113.${200 + n++}`;
    for (let i = 0; i < 2; i++)
      expect((await signIn(auth, email, 'typo', from())).status).toBe(401);
    expect((await signIn(auth, email, PASSWORD, from())).status).toBe(200);
    for (let i = 0; i < 2; i++)
      expect((await signIn(auth, email, 'typo', from())).status).toBe(401);
    expect((await signIn(auth, email, PASSWORD, from())).status).toBe(200);
  });

  it('throttles one client guessing across many accounts', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-02-01T00:00:00Z'));
    const auth = await authWith({
      signInMax: 3,
      signInWindowSeconds: 60,
      trustedProxies: [PROXY],
    });
    const client = '198.51.100.200';
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++)
      statuses.push((await signIn(auth, `nobody-${i}@example.org`, 'guess', client)).status);
    expect(statuses).toEqual([401, 401, 401, 429, 429]);
    // Past the per-minute window the client's own lock-out has doubled: still refused.
    vi.setSystemTime(Date.now() + 61_000);
    expect((await signIn(auth, 'nobody-5@example.org', 'guess', client)).status).toBe(401);
    expect((await signIn(auth, 'nobody-6@example.org', 'guess', client)).status).toBe(429);
    vi.setSystemTime(Date.now() + 61_000);
    expect((await signIn(auth, 'nobody-7@example.org', 'guess', client)).status).toBe(429);
  });

  describe('with two processes attempting at once', () => {
    const policy: ThrottlePolicy = {
      threshold: 3,
      baseLockMs: 60_000,
      maxLockMs: 3_600_000,
      forgetAfterMs: 86_400_000,
    };

    let clients = 0;
    /** An address no other attempt in this block came from. */
    const freshClient = () =>
      clientKey(`100.64.${Math.floor(clients / 250)}.${(clients++ % 250) + 1}`);

    /** Each attempt from its own client, alternately through this connection and a second one. */
    async function race(email: string, attempts: number, now: number) {
      const other = await database().connect();
      try {
        const here = authStore(database().db);
        const there = authStore(other.db);
        const admissions = await Promise.all(
          Array.from({ length: attempts }, (_, i) =>
            (i % 2 === 0 ? here : there).admitAttempt(
              [accountKey(email), freshClient()],
              policy,
              now,
            ),
          ),
        );
        return admissions.filter((a) => a.allowed).length;
      } finally {
        await other.close();
      }
    }

    const failuresOf = async (email: string) =>
      database().count('SELECT failures FROM sign_in_throttles WHERE key = $1', [
        accountKey(email),
      ]);

    it('lets exactly the allowed number of attempts through, and counts each of them', async () => {
      expect(await race('crowd@example.org', 24, Date.now())).toBe(policy.threshold);
      expect(await failuresOf('crowd@example.org')).toBe(policy.threshold);
    });

    it('lets one of two attempts through at the limit, never both', async () => {
      const now = Date.now();
      for (let round = 0; round < 8; round++) {
        const email = `edge-${round}@example.org`;
        const store = authStore(database().db);
        for (let i = 0; i < policy.threshold - 1; i++)
          await store.admitAttempt([accountKey(email)], policy, now);
        expect(await race(email, 2, now), `round ${round}`).toBe(1);
        expect(await failuresOf(email)).toBe(policy.threshold);
      }
    });
  });
});
