import type { APIRequestContext } from '@playwright/test';
import { expect } from './fixtures';

/** No public page may carry more than this much HTML before compression, at any database size. */
export const MAX_HTML_BYTES = 150_000;

/** The HTML bytes of `url` (a path on the shared server, or a whole URL), which must answer 200. */
export async function htmlBytes(request: APIRequestContext, url: string): Promise<number> {
  const res = await request.get(url);
  expect(res.status(), url).toBe(200);
  return (await res.body()).length;
}

const PAGED_LISTS = ['/trade', '/investments', '/projects', '/timeline', '/sources'];
const RECORD_LINKS = [/href="(\/projects\/\d+)"/g, /href="(\/sources\/\d+)"/g];
/** Record pages weighed per kind and list page: enough to meet the heavy and the light ones. */
const RECORDS_PER_PAGE = 3;

function linksOf(html: string, pattern: RegExp): string[] {
  return [...new Set([...html.matchAll(pattern)].map((m) => m[1] as string))];
}

/** The last page a list's pager states ("Page 1 of 40"); 1 when the list has no pager. */
function lastPage(html: string): number {
  const m = /Page \d+ of (\d+)/.exec(html.replaceAll('<!-- -->', ''));
  return m ? Number(m[1]) : 1;
}

/**
 * Every public page a reader reaches from the server at `base`, found by following the pages' own links: the
 * overview and the country pages it links to, coverage, sign-in, each paged list with its second and last
 * pages, and the first project and source pages those list pages link to.
 */
export async function publicPages(request: APIRequestContext, base: string): Promise<string[]> {
  const text = async (path: string) => (await request.get(`${base}${path}`)).text();
  const pages = new Set(['/', '/coverage', '/sign-in']);
  for (const country of linksOf(await text('/'), /href="(\/countries\/[a-z-]+)"/g))
    pages.add(country);
  for (const list of PAGED_LISTS) {
    const first = await text(list);
    const last = lastPage(first);
    const listPages = [list, ...(last >= 2 ? [`${list}?page=2`] : [])];
    if (last > 2) listPages.push(`${list}?page=${last}`);
    const ends = [first, ...(last > 1 ? [await text(`${list}?page=${last}`)] : [])];
    for (const page of listPages) pages.add(page);
    for (const pattern of RECORD_LINKS)
      for (const html of ends)
        for (const record of linksOf(html, pattern).slice(0, RECORDS_PER_PAGE)) pages.add(record);
  }
  return [...pages];
}
