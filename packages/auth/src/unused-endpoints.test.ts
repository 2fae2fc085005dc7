import { beforeAll, expect, it } from 'vitest';
import { createAuth, type Auth } from './auth';
import { describeOnEachDatabase } from '@tianshan/db/testing/each-database';
import { createUser } from './users';

const BASE = 'http://127.0.0.1:3998';

describeOnEachDatabase('unused endpoints', (database) => {
  let auth: Auth;
  beforeAll(async () => {
    auth = await createAuth(database().db, { baseURL: BASE });
  });

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
    const user = await createUser(database().db, {
      email: 'self@example.org',
      name: 'Self',
      role: 'editor',
      password,
    });
    const signedIn = await post('/sign-in/email', { email: user.email, password });
    expect(signedIn.status).toBe(200);
    const token = /([\w.-]*session_token)=([^;]+)/.exec(signedIn.headers.get('set-cookie') ?? '');
    const cookie = `${token?.[1]}=${token?.[2]}`;
    const stored = async () =>
      (await database().query('SELECT name, updated_at FROM users WHERE id = $1', [user.id]))[0];
    const passwordHash = async () =>
      (
        await database().query(
          `SELECT password FROM accounts WHERE user_id = $1 AND provider_id = 'credential'`,
          [user.id],
        )
      )[0]?.password;
    const audit = () => database().count('SELECT count(*) FROM audit_log');
    const snapshot = async () => ({
      user: await stored(),
      password: await passwordHash(),
      audit: await audit(),
    });
    const before = await snapshot();

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
    expect((await post('/change-email', { newEmail: 'other@example.org' }, cookie)).status).toBe(
      404,
    );
    expect((await post('/delete-user', {}, cookie)).status).toBe(404);
    expect(await snapshot()).toEqual(before);

    // What the app does use still works.
    expect((await auth.api.getSession({ headers: new Headers({ cookie }) }))?.user.name).toBe(
      'Self',
    );
    expect((await post('/sign-out', {}, cookie)).status).toBe(200);
  });
});
