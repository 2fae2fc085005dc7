import { expect, test } from './support/fixtures';
import { appRouter } from '@tianshan/api';
import { auditCountBy, BASE_URL, raw, sessionCookie } from './support/http';
import { createOwnUser } from './support/own-users';

/**
 * Every data-changing endpoint of the running production server, over real HTTP: every tRPC mutation (read
 * from the router itself, so a new one is covered automatically) and the import route handlers.
 * Anonymous callers get 401, viewers 403, and cross-site or non-JSON requests are refused even with an
 * admin's session. The audit log (written in the same transaction as every change) proves nothing changed:
 * the spec signs in as users of its own, whose entries no other worker can add to.
 */
type Procedure = { _def: { type: string } };
const MUTATIONS = Object.entries(appRouter._def.procedures as unknown as Record<string, Procedure>)
  .filter(([, p]) => p._def.type === 'mutation')
  .map(([path]) => path);

interface Endpoint {
  name: string;
  path: string;
  /** The content type the endpoint accepts, and a body it would accept from an authorised caller. */
  type: string;
  body: string;
}

const ENDPOINTS: Endpoint[] = [
  ...MUTATIONS.map((m) => ({
    name: m,
    path: `/api/trpc/${m}`,
    type: 'application/json',
    body: JSON.stringify({ json: { id: 1, kind: 'indicator', data: {} } }),
  })),
  {
    name: 'import preview',
    path: '/api/import/preview?kind=indicator',
    type: 'text/csv',
    body: 'scope,as_of,metric,value,unit\nKG,2026,x,1,y\n',
  },
  {
    name: 'import confirm',
    path: '/api/import/confirm',
    type: 'application/json',
    body: JSON.stringify({ importId: '00000000-0000-4000-8000-000000000000' }),
  },
];

/** Hostile shapes of the same request: what a cross-site form, a sandboxed frame or a careless client sends. */
const HOSTILE: {
  name: string;
  headers: (e: Endpoint) => Record<string, string>;
  body?: (e: Endpoint) => string;
}[] = [
  {
    name: 'form-encoded',
    headers: () => ({ 'content-type': 'application/x-www-form-urlencoded', origin: BASE_URL }),
    body: () => 'json=%7B%7D',
  },
  {
    name: 'multipart',
    headers: () => ({ 'content-type': 'multipart/form-data; boundary=x', origin: BASE_URL }),
    body: () => '--x\r\nContent-Disposition: form-data; name="json"\r\n\r\n{}\r\n--x--\r\n',
  },
  { name: 'text/plain', headers: () => ({ 'content-type': 'text/plain', origin: BASE_URL }) },
  {
    name: 'Origin: https://evil.example',
    headers: (e) => ({ 'content-type': e.type, origin: 'https://evil.example' }),
  },
  { name: 'Origin: null', headers: (e) => ({ 'content-type': e.type, origin: 'null' }) },
  {
    name: 'cross-site fetch metadata, no Origin',
    headers: (e) => ({ 'content-type': e.type, 'sec-fetch-site': 'cross-site' }),
  },
  { name: 'no Content-Type', headers: () => ({ origin: BASE_URL }) },
];

let admin = '';
let viewer = '';
const ownUserIds: string[] = [];
test.beforeAll(async () => {
  const [ownAdmin, ownViewer] = [await createOwnUser('admin'), await createOwnUser('viewer')];
  ownUserIds.push(ownAdmin.id, ownViewer.id);
  admin = await sessionCookie(ownAdmin);
  viewer = await sessionCookie(ownViewer);
});

test('the router walk found every mutation', () => {
  expect(MUTATIONS.length).toBeGreaterThanOrEqual(12);
  expect(MUTATIONS).toContain('records.create');
  expect(MUTATIONS).toContain('users.setRole');
});

for (const endpoint of ENDPOINTS) {
  test(`${endpoint.name}: anonymous 401, viewer 403, and every cross-site or non-JSON shape refused for an admin`, async () => {
    const before = await auditCountBy(ownUserIds);
    const sameOrigin = { 'content-type': endpoint.type, origin: BASE_URL };

    const anonymous = await raw('POST', endpoint.path, sameOrigin, endpoint.body);
    expect(anonymous.status, 'anonymous').toBe(401);
    const asViewer = await raw(
      'POST',
      endpoint.path,
      { ...sameOrigin, cookie: viewer },
      endpoint.body,
    );
    expect(asViewer.status, 'viewer').toBe(403);

    for (const hostile of HOSTILE) {
      const res = await raw(
        'POST',
        endpoint.path,
        { ...hostile.headers(endpoint), cookie: admin },
        hostile.body?.(endpoint) ?? endpoint.body,
      );
      expect(res.status, hostile.name).toBe(403);
    }
    // A mutation is never run by GET, even same-origin with a session (links and <img> send GETs).
    const get = await raw(
      'GET',
      `${endpoint.path}${endpoint.path.includes('?') ? '&' : '?'}input=${encodeURIComponent(endpoint.body)}`,
      { cookie: admin },
    );
    expect(get.status, 'GET').toBeGreaterThanOrEqual(400);
    expect(get.status, 'GET').toBeLessThan(500);

    expect(await auditCountBy(ownUserIds), 'nothing changed').toBe(before);
  });
}

// The policy test injects markup on purpose: an image that does not exist, with an inline handler the
// policy must refuse. The browser reports both on the console. (test.use applies to the whole file, but
// only this test opens a page.)
test.use({
  expectedConsoleErrors: {
    'the injected onerror handler is what the policy must block': {
      text: /inline event handler violates the following Content Security Policy directive/,
    },
    'the injected image points nowhere, so that its onerror handler would fire': {
      text: /the server responded with a status of 404/,
      url: /\/no-such-image\.png$/,
    },
  },
});

test('pages carry a Content-Security-Policy that only runs scripts with the response nonce', async ({
  page,
}) => {
  const response = await page.goto('/');
  const policy = response?.headers()['content-security-policy'] ?? '';
  expect(policy).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
  expect(policy).toContain("object-src 'none'");
  expect(policy).toContain("frame-ancestors 'none'");
  // Two responses, two nonces.
  const again = (await page.request.get('/')).headers()['content-security-policy'] ?? '';
  expect(again).not.toBe(policy);
  // Markup that slips into the page cannot run code: inline event handlers are outside the policy.
  await page.evaluate(() => {
    const probe = { violations: 0, errored: false, ran: false };
    (window as unknown as { __probe: typeof probe }).__probe = probe;
    document.addEventListener('securitypolicyviolation', () => probe.violations++);
    document.body.insertAdjacentHTML(
      'beforeend',
      '<img src="/no-such-image.png" onerror="window.__probe.ran = true">',
    );
    // Listeners run in the order they were added: the inline handler (if allowed) before this one.
    document.body.lastElementChild?.addEventListener('error', () => (probe.errored = true));
  });
  // Waits for the events themselves: the image's error, then the report of the blocked handler.
  const probe = () =>
    page.evaluate(
      () =>
        (window as unknown as { __probe: { violations: number; errored: boolean; ran: boolean } })
          .__probe,
    );
  await expect.poll(probe).toMatchObject({ errored: true, violations: 1 });
  expect(await probe()).toEqual({ errored: true, violations: 1, ran: false });
  // The page itself still works (hydrated React): the chart's lazy chunk loaded.
  await expect(page.locator('.recharts-wrapper').first()).toBeVisible();
});
