import { expect, test } from '@playwright/test';
import { mutate, raw, sessionCookie } from './support/http';
import { E2E_USERS } from './support/users';

/**
 * Anonymous readers get public pages and queries from the response cache between database changes. What a
 * reader must never notice: an edit not showing up, a signed-in page served to somebody else, a page whose
 * scripts the Content-Security-Policy blocks, or a nonce shared between two responses.
 */
test.describe.configure({ mode: 'serial' });

const nonceOfPolicy = (policy: string | string[] | undefined) =>
  /'nonce-([^']+)'/.exec(String(policy))?.[1];
const noncesInBody = (body: string) =>
  new Set([...body.matchAll(/nonce="([^"]+)"/g)].map((m) => m[1]));

/** Asks for `path` until the cache answers (a write elsewhere in the suite may have just emptied it). */
async function cachedGet(path: string, headers: Record<string, string> = {}) {
  for (let attempt = 0; attempt < 5; attempt++) {
    const res = await raw('GET', path, headers);
    if (res.headers['x-tianshan-cache'] === 'hit') return res;
  }
  throw new Error(`${path} was never answered from the cache`);
}

const PROJECT = {
  countries: ['KG'],
  sector: 'energy',
  status: 'operating',
  startedOn: '2026-01',
  citations: [
    {
      newSource: {
        title: 'Cache test source',
        url: 'https://example.org/cache-test',
        publishedOn: '2026-01',
      },
    },
  ],
};

test('a cached page carries its own nonce in every response, matching its policy', async () => {
  const first = await cachedGet('/countries/kyrgyzstan');
  const second = await cachedGet('/countries/kyrgyzstan');
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
  await cachedGet('/countries/kyrgyzstan');
  const response = await page.goto('/countries/kyrgyzstan');
  expect(response?.headers()['x-tianshan-cache']).toBe('hit');
  await expect(page.locator('.recharts-surface').first()).toBeVisible();
  expect(violations).toEqual([]);
});

test('an edit shows up on the next anonymous request, for pages and for queries', async () => {
  const editor = await sessionCookie('editor');
  const name = `Cache probe ${Date.now()}`;
  const { id } = await mutate(
    'records.create',
    { kind: 'project', data: { ...PROJECT, name } },
    editor,
  );
  const query = `/api/trpc/projects.byId?input=${encodeURIComponent(JSON.stringify({ json: { id } }))}`;

  expect((await cachedGet(`/projects/${id}`)).body).toContain(name);
  expect((await cachedGet(query)).body).toContain(name);

  const renamed = `${name} renamed`;
  await mutate(
    'records.update',
    { kind: 'project', id, data: { ...PROJECT, name: renamed }, reason: 'cache test' },
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
