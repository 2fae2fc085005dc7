import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { openDatabase } from '@tianshan/db/client';
import { createTestDatabase } from '@tianshan/db/testing';
import { createAuth } from './auth';
import { createUser } from './users';

const test = createTestDatabase({ seed: false });
afterAll(() => test.close());
afterEach(() => vi.useRealTimers());

const BASE = 'http://127.0.0.1:3999';
const PASSWORD = 'the real password 1';
/** The reverse proxy the "behind a proxy" cases stand behind; it appends the client's address. */
const PROXY = '192.0.2.10';

type Auth = ReturnType<typeof createAuth>;

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

async function account(name: string) {
  const email = `${name}@example.org`;
  await createUser(test.db, { email, name, role: 'editor', password: PASSWORD });
  return email;
}

describe('sign-in throttling', () => {
  it('gives no extra guesses to a client that rotates X-Forwarded-For', async () => {
    const auth = createAuth(test.db, { baseURL: BASE, signInMax: 3, signInWindowSeconds: 60 });
    const email = await account('rotating');
    const statuses: number[] = [];
    for (let i = 0; i < 8; i++)
      statuses.push((await signIn(auth, email, `guess ${i}`, `198.51.100.${i + 1}`)).status);
    expect(statuses).toEqual([401, 401, 401, 429, 429, 429, 429, 429]);
  });

  it('locks an account whichever clients the guesses come from, even behind a trusted proxy', async () => {
    const auth = createAuth(test.db, {
      baseURL: BASE,
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
    const auth = createAuth(test.db, { baseURL: BASE, signInMax: 3, trustedProxies: [PROXY] });
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
    const auth = createAuth(test.db, {
      baseURL: BASE,
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
    const first = createAuth(test.db, { baseURL: BASE, signInMax: 3, trustedProxies: [PROXY] });
    const email = await account('restart');
    for (let i = 0; i < 3; i++)
      expect((await signIn(first, email, `guess ${i}`, `203.0.113.${150 + i}`)).status).toBe(401);
    // A new server: its own connection to the same file, its own better-auth instance.
    const db = openDatabase(test.file);
    try {
      const second = createAuth(db, { baseURL: BASE, signInMax: 3, trustedProxies: [PROXY] });
      expect((await signIn(second, email, PASSWORD, '203.0.113.160')).status).toBe(429);
    } finally {
      db.$client.close();
    }
  });

  it('starts an account afresh after a successful sign-in', async () => {
    const auth = createAuth(test.db, { baseURL: BASE, signInMax: 3, trustedProxies: [PROXY] });
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
    const auth = createAuth(test.db, {
      baseURL: BASE,
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
});
