import { beforeAll, describe, expect, it } from 'vitest';
import { createAuth, type Auth } from './auth';
import { hashPassword, verifyPassword } from './password';
import { describeOnEachDatabase } from '@tianshan/db/testing/each-database';
import { createUser } from './users';

const BASE = 'http://127.0.0.1:3999';
// Behind a reverse proxy that appends each client's address: without one, X-Forwarded-For is not believed
// and every request below would count as one client.
const OPTIONS = {
  baseURL: BASE,
  signInMax: 3,
  signInWindowSeconds: 60,
  trustedProxies: ['192.0.2.10'],
};

function sessionCookie(res: Response): string {
  const token = /([\w.-]*session_token)=([^;]+)/.exec(res.headers.get('set-cookie') ?? '');
  return `${token?.[1]}=${token?.[2]}`;
}

describe('passwords', () => {
  it('hashes passwords with argon2id at the OWASP parameters', async () => {
    const hash = await hashPassword('correct horse battery staple');
    expect(hash.startsWith('$argon2id$v=19$m=19456,t=2,p=1$')).toBe(true);
    expect(await verifyPassword({ hash, password: 'correct horse battery staple' })).toBe(true);
    expect(await verifyPassword({ hash, password: 'wrong' })).toBe(false);
    expect(await verifyPassword({ hash: 'not a hash', password: 'x' })).toBe(false);
  });
});

describeOnEachDatabase('accounts', (database) => {
  let auth: Auth;
  beforeAll(async () => {
    auth = await createAuth(database().db, OPTIONS);
  });

  function signIn(email: string, password: string, ip = '203.0.113.7') {
    return auth.handler(
      new Request(`${BASE}/api/auth/sign-in/email`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', origin: BASE, 'x-forwarded-for': ip },
        body: JSON.stringify({ email, password }),
      }),
    );
  }

  it('signs in with the right password and sets an HttpOnly, SameSite session cookie', async () => {
    const user = await createUser(database().db, {
      email: 'Editor@Example.org',
      name: 'Ed',
      role: 'editor',
      password: 'a long enough password',
    });
    expect(user.email).toBe('editor@example.org');
    const res = await signIn('editor@example.org', 'a long enough password', '203.0.113.1');
    expect(res.status).toBe(200);
    const cookie = res.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/session_token=/);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    // Served over plain http in this test, so not Secure; over https it would be.
    const session = await auth.api.getSession({
      headers: new Headers({ cookie: sessionCookie(res) }),
    });
    expect(session?.user.email).toBe('editor@example.org');
    expect((session?.user as { role?: string }).role).toBe('editor');
  });

  it('marks cookies Secure when the site is served over https', async () => {
    const httpsAuth = await createAuth(database().db, { baseURL: 'https://tianshan.example' });
    await createUser(database().db, {
      email: 'secure@example.org',
      name: 'S',
      role: 'viewer',
      password: 'a long enough password',
    });
    const res = await httpsAuth.handler(
      new Request('https://tianshan.example/api/auth/sign-in/email', {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          origin: 'https://tianshan.example',
          'x-forwarded-for': '203.0.113.9',
        },
        body: JSON.stringify({ email: 'secure@example.org', password: 'a long enough password' }),
      }),
    );
    expect(res.status).toBe(200);
    expect(res.headers.get('set-cookie')).toMatch(/Secure/);
  });

  it('refuses a wrong password and throttles repeated attempts', async () => {
    await createUser(database().db, {
      email: 'target@example.org',
      name: 'T',
      role: 'editor',
      password: 'the real password 1',
    });
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++)
      statuses.push(
        (await signIn('target@example.org', `guess number ${i}`, '198.51.100.4')).status,
      );
    expect(statuses.slice(0, 3).every((s) => s === 401)).toBe(true);
    expect(statuses.slice(3)).toEqual([429, 429]);
    // Throttled means throttled: even the right password waits out the window.
    expect((await signIn('target@example.org', 'the real password 1', '198.51.100.4')).status).toBe(
      429,
    );
  });

  it('has no public sign-up', async () => {
    const res = await auth.handler(
      new Request(`${BASE}/api/auth/sign-up/email`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          origin: BASE,
          'x-forwarded-for': '203.0.113.50',
        },
        body: JSON.stringify({
          email: 'new@example.org',
          password: 'a long enough password',
          name: 'New',
        }),
      }),
    );
    expect(res.status).toBeGreaterThanOrEqual(400);
    expect(
      await database().count(`SELECT count(*) FROM users WHERE email = 'new@example.org'`),
    ).toBe(0);
  });

  it('signs out: the session no longer works', async () => {
    const res = await signIn('editor@example.org', 'a long enough password', '203.0.113.2');
    const cookie = sessionCookie(res);
    const out = await auth.handler(
      new Request(`${BASE}/api/auth/sign-out`, {
        method: 'POST',
        headers: { cookie, origin: BASE, 'content-type': 'application/json' },
        body: '{}',
      }),
    );
    expect(out.status).toBe(200);
    expect(await auth.api.getSession({ headers: new Headers({ cookie }) })).toBeNull();
  });

  it('ends sessions after a week: the cookie says so, and an expired session is refused', async () => {
    const res = await signIn('editor@example.org', 'a long enough password', '203.0.113.3');
    const setCookie = res.headers.get('set-cookie') ?? '';
    expect(Number(/Max-Age=(\d+)/i.exec(setCookie)?.[1])).toBe(7 * 24 * 3600);
    const cookie = sessionCookie(res);
    expect(await auth.api.getSession({ headers: new Headers({ cookie }) })).not.toBeNull();
    // Eight days later (moved in the database rather than waiting): refused.
    const [newest] = await database().query<{ id: string }>(
      'SELECT id FROM sessions ORDER BY created_at DESC LIMIT 1',
    );
    await database().query('UPDATE sessions SET expires_at = $1 WHERE id = $2', [
      new Date(Date.now() - 24 * 3600 * 1000),
      newest?.id,
    ]);
    expect(await auth.api.getSession({ headers: new Headers({ cookie }) })).toBeNull();
  });

  it('keeps sessions valid in another process on the same database: the secret is stored there', async () => {
    const cookie = sessionCookie(
      await signIn('editor@example.org', 'a long enough password', '203.0.113.4'),
    );
    const other = await database().connect();
    try {
      const second = await createAuth(other.db, OPTIONS);
      const session = await second.api.getSession({ headers: new Headers({ cookie }) });
      expect(session?.user.email).toBe('editor@example.org');
    } finally {
      await other.close();
    }
  });
});
