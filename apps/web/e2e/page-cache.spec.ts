import { expect, test } from './support/fixtures';
import { aProject } from '@tianshan/db/testing';
import { mutate, raw, sessionCookie, type RawResponse } from './support/http';
import { uniqueTag } from './support/unique';
import { E2E_USERS } from './support/users';

/**
 * Anonymous readers get public pages and queries from the response cache between database changes. What a
 * reader must never notice: an edit not showing up, a signed-in page served to somebody else, a page whose
 * scripts the Content-Security-Policy blocks, or a nonce shared between two responses.
 *
 * The cache lives in the one server every worker talks to: another worker's request may fill an entry this
 * spec reads, and another worker's write empties the whole cache at any moment. So the spec waits for a
 * hit instead of expecting one, and compares cached bodies only on a page no spec writes to.
 */
test.describe.configure({ mode: 'serial' });

const nonceOfPolicy = (policy: string | string[] | undefined) =>
  /'nonce-([^']+)'/.exec(String(policy))?.[1];
const noncesInBody = (body: string) =>
  new Set([...body.matchAll(/nonce="([^"]+)"/g)].map((m) => m[1]));

// No spec creates or edits Uzbek records (the factories and the specs write KG, TJ and TM), so this
// page's content stays the same for the whole run even when a write elsewhere empties the cache.
const UNCHANGING_PAGE = '/countries/uzbekistan';

/** Asks for `path` until the cache answers: a write by any worker may have just emptied it. */
async function cachedGet(path: string, headers: Record<string, string> = {}) {
  let response: RawResponse | undefined;
  await expect
    .poll(
      async () => {
        response = await raw('GET', path, headers);
        return response.headers['x-tianshan-cache'];
      },
      { message: `${path} is answered from the cache`, timeout: 20_000 },
    )
    .toBe('hit');
  if (!response) throw new Error(`${path} was never requested`);
  return response;
}

test('a cached page carries its own nonce in every response, matching its policy', async () => {
  const first = await cachedGet(UNCHANGING_PAGE);
  const second = await cachedGet(UNCHANGING_PAGE);
  const [nonce1, nonce2] = [
    nonceOfPolicy(first.headers['content-security-policy']),
    nonceOfPolicy(second.headers['content-security-policy']),
  ];
  expect(nonce1).toBeTruthy();
  expect(nonce2).not.toBe(nonce1);
  expect(noncesInBody(first.body)).toEqual(new Set([nonce1]));
  expect(noncesInBody(second.body)).toEqual(new Set([nonce2]));
  expect(first.headers['x-frame-options']).toBe('DENY');
  expect(first.body.replaceAll(nonce1 as string, 'N')).toBe(
    second.body.replaceAll(nonce2 as string, 'N'),
  );
});

test('scripts of a cached page run: the chart draws and the policy blocks nothing', async ({
  page,
}) => {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  // Another worker's write may empty the cache between filling it and the browser's visit: try again.
  await expect(async () => {
    await cachedGet('/countries/kyrgyzstan');
    const response = await page.goto('/countries/kyrgyzstan');
    expect(response?.headers()['x-tianshan-cache']).toBe('hit');
  }).toPass({ timeout: 30_000 });
  await expect(page.locator('.recharts-surface').first()).toBeVisible();
  expect(violations).toEqual([]);
});

test('an edit shows up on the next anonymous request, for pages and for queries', async () => {
  const editor = await sessionCookie('editor');
  const project = aProject({ name: `Cache probe ${uniqueTag()}` });
  const { id } = await mutate('records.create', { kind: 'project', data: project }, editor);
  const query = `/api/trpc/projects.byId?input=${encodeURIComponent(JSON.stringify({ json: { id } }))}`;

  expect((await cachedGet(`/projects/${id}`)).body).toContain(project.name);
  expect((await cachedGet(query)).body).toContain(project.name);

  const renamed = `${project.name} renamed`;
  await mutate(
    'records.update',
    // A record just created is at version 1.
    { kind: 'project', id, version: 1, data: { ...project, name: renamed }, reason: 'cache test' },
    editor,
  );

  const page = await raw('GET', `/projects/${id}`, {});
  expect(page.headers['x-tianshan-cache']).toBe('miss');
  expect(page.body).toContain(renamed);
  const read = await raw('GET', query, {});
  expect(read.headers['x-tianshan-cache']).toBe('miss');
  expect(read.body).toContain(renamed);
});

test('signed-in readers are never served from the cache, and never fill it', async () => {
  await cachedGet('/');
  const editor = await sessionCookie('editor');
  const signedIn = await raw('GET', '/', { cookie: editor });
  expect(signedIn.headers['x-tianshan-cache']).toBeUndefined();
  expect(signedIn.body).toContain(E2E_USERS.editor.email);
  const anonymous = await cachedGet('/');
  expect(anonymous.body).not.toContain(E2E_USERS.editor.email);
  expect(anonymous.body).toContain('Sign in');
});

test('a request cannot pass itself off as the cache filling itself', async () => {
  // A URL nobody has asked for, so the forged request is the one that would fill its cache entry.
  const path = `/countries/kyrgyzstan?forged=${Date.now()}`;
  const attacker = 'attacker-chosen-nonce';
  const forged = await raw('GET', path, {
    'x-tianshan-fill': 'guess',
    'x-tianshan-fill-nonce': attacker,
  });
  expect(forged.status).toBe(200);
  // Answered as any anonymous reader is: by the cache, with a nonce of the server's own.
  expect(forged.headers['x-tianshan-cache']).toBe('miss');
  const forgedNonce = nonceOfPolicy(forged.headers['content-security-policy']);
  expect(forgedNonce).not.toBe(attacker);
  expect(noncesInBody(forged.body)).toEqual(new Set([forgedNonce]));
  expect(forged.body).not.toContain(attacker);

  // What the cache kept is the page as the server renders it: the next reader is served it with their
  // own nonce, and nothing of the forged request's.
  const next = await cachedGet(path);
  const nextNonce = nonceOfPolicy(next.headers['content-security-policy']);
  expect(nextNonce).not.toBe(forgedNonce);
  expect(noncesInBody(next.body)).toEqual(new Set([nextNonce]));
  expect(next.body).not.toContain(attacker);
  expect(next.body.replaceAll(nextNonce as string, 'N')).toBe(
    forged.body.replaceAll(forgedNonce as string, 'N'),
  );
});
