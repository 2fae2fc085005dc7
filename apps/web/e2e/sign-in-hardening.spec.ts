import http from 'node:http';
import { expect, test } from './support/fixtures';
import { copyOfE2eDatabase, startOwnServer, type OwnServer } from './support/own-server';
import { signIn } from './support/sign-in';
import { E2E_USERS } from './support/users';

/**
 * Sign-in hardening over real HTTP against `next start`: throttling that a forged X-Forwarded-For cannot
 * reset, and settings that come from configuration rather than from request headers. Each case starts a
 * server of its own (with its own copy of the database: in a PostgreSQL run a database of its own on the same
 * server, so the lock-outs and sessions live in PostgreSQL), since the settings are what is under test.
 */

interface Reply {
  status: number;
  headers: http.IncomingHttpHeaders;
}

/** node:http sends exactly these headers, Host included, which fetch would not allow. */
function send(
  server: OwnServer,
  method: string,
  path: string,
  headers: Record<string, string>,
  body?: string,
): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      `${server.url}${path}`,
      {
        method,
        headers: {
          ...headers,
          ...(body !== undefined ? { 'content-length': String(Buffer.byteLength(body)) } : {}),
        },
      },
      (res) => {
        res.resume();
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers }));
      },
    );
    req.on('error', reject);
    if (body !== undefined) req.write(body);
    req.end();
  });
}

const editor = E2E_USERS.editor;

function signInAs(
  server: OwnServer,
  origin: string,
  password: string,
  extra: Record<string, string> = {},
  email: string = editor.email,
) {
  return send(
    server,
    'POST',
    '/api/auth/sign-in/email',
    { 'content-type': 'application/json', origin, ...extra },
    JSON.stringify({ email, password }),
  );
}

function setCookies(reply: Reply): string[] {
  return ([] as string[]).concat(reply.headers['set-cookie'] ?? []);
}

test.describe.configure({ timeout: 180_000 });

test('rotating X-Forwarded-For gets no extra password guesses', async () => {
  const server = await startOwnServer(await copyOfE2eDatabase(), (port) => ({
    TIANSHAN_ORIGIN: `http://127.0.0.1:${port}`,
    TIANSHAN_SIGNIN_MAX: '3',
  }));
  try {
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) {
      const forged = { 'x-forwarded-for': `198.51.100.${i + 1}` };
      statuses.push((await signInAs(server, server.url, `guess ${i}`, forged)).status);
    }
    expect(statuses).toEqual([401, 401, 401, 429, 429, 429]);
    // The lock is the account's, not the site's: another user still signs in at once.
    const admin = E2E_USERS.admin;
    const other = await signInAs(server, server.url, admin.password, {}, admin.email);
    expect(other.status).toBe(200);
  } finally {
    await server.stop();
  }
});

test('behind a trusted proxy, an account stays locked whichever clients guess, and across a restart', async () => {
  const db = await copyOfE2eDatabase();
  const settings = (port: number) => ({
    TIANSHAN_ORIGIN: `http://127.0.0.1:${port}`,
    TIANSHAN_SIGNIN_MAX: '3',
    // These requests come straight from 127.0.0.1, standing in for the proxy that appends each client.
    TIANSHAN_TRUSTED_PROXIES: '127.0.0.1, ::1',
  });
  const first = await startOwnServer(db, settings);
  try {
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++) {
      const client = { 'x-forwarded-for': `203.0.113.${i + 1}` };
      statuses.push((await signInAs(first, first.url, `guess ${i}`, client)).status);
    }
    expect(statuses).toEqual([401, 401, 401, 429, 429]);
  } finally {
    await first.stop();
  }

  const second = await startOwnServer(db, settings);
  try {
    const fresh = { 'x-forwarded-for': '203.0.113.77' };
    const locked = await signInAs(second, second.url, editor.password, fresh);
    expect(locked.status, 'the right password waits out the lock-out, after a restart too').toBe(
      429,
    );
    expect(Number(locked.headers['retry-after'])).toBeGreaterThan(0);
  } finally {
    await second.stop();
  }
});

test('without TIANSHAN_ORIGIN, Host and X-Forwarded-* headers decide nothing', async () => {
  // start.sh always sets TIANSHAN_ORIGIN; without it the origin is next's own default, never a header.
  const server = await startOwnServer(await copyOfE2eDatabase(), (port) => ({
    PORT: String(port),
  }));
  const own = `http://localhost:${server.port}`;
  try {
    const forged = {
      host: 'evil.example',
      'x-forwarded-host': 'evil.example',
      'x-forwarded-proto': 'https',
    };
    const foreign = await signInAs(server, 'https://evil.example', editor.password, forged);
    expect(foreign.status, 'an origin taken from the Host header is not trusted').toBe(403);
    expect(setCookies(foreign)).toEqual([]);

    const ours = await signInAs(server, own, editor.password, { 'x-forwarded-proto': 'https' });
    expect(ours.status).toBe(200);
    const session = setCookies(ours).find((c) => /session_token=/.test(c)) ?? '';
    expect(session).toMatch(/^better-auth\.session_token=/);
    expect(session, 'Secure follows the configured http origin').not.toMatch(/;\s*Secure/i);

    const page = await send(server, 'GET', '/', { 'x-forwarded-proto': 'https' });
    expect(page.status).toBe(200);
    expect(page.headers['strict-transport-security']).toBeUndefined();
  } finally {
    await server.stop();
  }
});

test('an https origin gets Secure cookies and HSTS, whatever X-Forwarded-Proto says', async () => {
  const origin = 'https://tianshan.example';
  const server = await startOwnServer(await copyOfE2eDatabase(), () => ({
    TIANSHAN_ORIGIN: origin,
  }));
  try {
    const res = await signInAs(server, origin, editor.password, { 'x-forwarded-proto': 'http' });
    expect(res.status).toBe(200);
    const session = setCookies(res).find((c) => /session_token=/.test(c)) ?? '';
    expect(session).toMatch(/^__Secure-better-auth\.session_token=/);
    expect(session).toMatch(/;\s*Secure/i);

    const page = await send(server, 'GET', '/', { 'x-forwarded-proto': 'http' });
    expect(page.headers['strict-transport-security']).toMatch(/max-age=\d{7,}/);
  } finally {
    await server.stop();
  }
});

for (const [name, next] of [
  ['backslash', '/\\evil.example'],
  ['tab', '/\t/evil.example'],
  ['dot segment', '/.//evil.example'],
] as const) {
  test(`after signing in, a ${name} in next= stays on our site`, async ({ page, baseURL }) => {
    await signIn(page, 'editor', next);
    expect(new URL(page.url()).origin).toBe(baseURL);
  });
}
