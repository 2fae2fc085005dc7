import type { APIRequestContext } from '@playwright/test';
import { publicPages as walkPublicPages } from '@tianshan/bench/public-pages';
import { expect } from './fixtures';

/** No public page may carry more than this much HTML before compression, at any database size. */
export const MAX_HTML_BYTES = 150_000;

/** The HTML bytes of `url` (a path on the shared server, or a whole URL), which must answer 200. */
export async function htmlBytes(request: APIRequestContext, url: string): Promise<number> {
  const res = await request.get(url);
  expect(res.status(), url).toBe(200);
  return (await res.body()).length;
}

/**
 * Every public page a reader reaches from the server at `base` (the walk `bench:page-weight` takes too):
 * the overview and its country pages, coverage, sign-in, each paged list with its second and last pages,
 * and the first project and source pages those list pages link to.
 */
export function publicPages(request: APIRequestContext, base: string): Promise<string[]> {
  return walkPublicPages(async (path) => (await request.get(`${base}${path}`)).text());
}
