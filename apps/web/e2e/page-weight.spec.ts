import type { APIRequestContext } from '@playwright/test';
import { COUNTRIES } from '@tianshan/model';
import { expect, test } from './support/fixtures';
import { htmlBytes, MAX_HTML_BYTES } from './support/page-weight';

const LIST_VIEWS = [
  '/',
  '/trade',
  '/investments',
  '/projects',
  '/timeline',
  '/sources',
  '/coverage',
];

/** Every record page a paged list links to, found by walking its pages until one adds nothing new. */
async function linkedPages(request: APIRequestContext, list: string, pattern: RegExp) {
  const found = new Set<string>();
  for (let page = 1; ; page++) {
    const html = await (await request.get(`${list}?page=${page}`)).text();
    const before = found.size;
    for (const match of html.matchAll(pattern)) found.add(match[0].slice('href="'.length, -1));
    if (found.size === before) return [...found];
  }
}

test('every list view, country page and the sign-in page stays under 150 kB of HTML', async ({
  request,
}) => {
  const paths = [
    ...LIST_VIEWS,
    ...COUNTRIES.map((c) => `/countries/${c.slug}`),
    '/sign-in',
    // The second page of each paged list, and what a page past the end answers.
    '/trade?page=2',
    '/timeline?page=2',
    '/trade?page=9999',
  ];
  for (const path of paths)
    expect(await htmlBytes(request, path), path).toBeLessThanOrEqual(MAX_HTML_BYTES);
});

for (const [list, pattern] of [
  ['/projects', /href="\/projects\/\d+"/g],
  ['/sources', /href="\/sources\/\d+"/g],
] as const) {
  test(`every page ${list} links to stays under 150 kB of HTML`, async ({ request }) => {
    test.slow();
    const pages = await linkedPages(request, list, pattern);
    expect(pages.length).toBeGreaterThan(0);
    for (const path of pages)
      expect(await htmlBytes(request, path), path).toBeLessThanOrEqual(MAX_HTML_BYTES);
  });
}
