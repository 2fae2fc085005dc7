import { afterAll, expect, it } from 'vitest';
import { createTestDatabase } from '@tianshan/db/testing';
import { createAuth } from './auth';
import { createUser } from './users';

const test = createTestDatabase({ seed: false });
afterAll(() => test.close());
const BASE = 'http://127.0.0.1:3998';
const auth = createAuth(test.db, { baseURL: BASE });

function post(path: string, body: unknown, cookie = '') {
  return auth.handler(
    new Request(`${BASE}/api/auth${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: BASE, cookie },
      body: JSON.stringify(body),
    }),
  );
}

it('changes no user or account outside the audited procedures: better-auth’s own endpoints for that answer 404', async () => {
  const password = 'a long enough password';
  const user = await createUser(test.db, {
    email: 'self@example.org',
    name: 'Self',
    role: 'editor',
    password,
  });
  const signedIn = await post('/sign-in/email', { email: user.email, password });
  expect(signedIn.status).toBe(200);
  const token = /([\w.-]*session_token)=([^;]+)/.exec(signedIn.headers.get('set-cookie') ?? '');
  const cookie = `${token?.[1]}=${token?.[2]}`;
  const stored = () =>
    test.db.$client.prepare('SELECT name, updated_at FROM users WHERE id = ?').get(user.id);
  const passwordHash = () =>
    test.db.$client
      .prepare(`SELECT password FROM accounts WHERE user_id = ? AND provider_id = 'credential'`)
      .pluck()
      .get(user.id);
  const audit = () => test.db.$client.prepare('SELECT count(*) FROM audit_log').pluck().get();
  const before = { user: stored(), password: passwordHash(), audit: audit() };

  expect((await post('/update-user', { name: 'Someone else' }, cookie)).status).toBe(404);
  expect(
    (
      await post(
        '/change-password',
        { currentPassword: password, newPassword: 'another long password' },
        cookie,
      )
    ).status,
  ).toBe(404);
  expect((await post('/change-email', { newEmail: 'other@example.org' }, cookie)).status).toBe(404);
  expect((await post('/delete-user', {}, cookie)).status).toBe(404);
  expect({ user: stored(), password: passwordHash(), audit: audit() }).toEqual(before);

  // What the app does use still works.
  expect((await auth.api.getSession({ headers: new Headers({ cookie }) }))?.user.name).toBe('Self');
  expect((await post('/sign-out', {}, cookie)).status).toBe(200);
});
