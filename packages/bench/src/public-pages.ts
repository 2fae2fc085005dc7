/**
 * The walk of every public page a reader reaches, shared by the page-weight benchmark and the page-weight
 * e2e check so both weigh the same pages.
 */
const PAGED_LISTS = ['/trade', '/investments', '/projects', '/timeline', '/sources'];
const UNPAGED = ['/', '/coverage', '/sign-in'];
const RECORD_LINKS = [/href="(\/projects\/\d+)"/g, /href="(\/sources\/\d+)"/g];

function linksOf(html: string, pattern: RegExp): string[] {
  return [...new Set([...html.matchAll(pattern)].map((m) => m[1] as string))];
}

/** The last page a list's pager states ("Page 1 of 40"); 1 when the list has no pager. */
function lastPage(html: string): number {
  const m = /Page \d+ of (\d+)/.exec(html.replaceAll('<!-- -->', ''));
  return m ? Number(m[1]) : 1;
}

/**
 * Every public page path, found by following the pages' own links (`textOf` answers a path's HTML): the
 * overview and the country pages it links to, coverage, sign-in, each paged list with its second and last
 * pages, and the first `recordsPerList` project and source pages those list pages link to.
 */
export async function publicPages(
  textOf: (path: string) => Promise<string>,
  recordsPerList = 3,
): Promise<string[]> {
  const pages = new Set(UNPAGED);
  for (const country of linksOf(await textOf('/'), /href="(\/countries\/[a-z-]+)"/g))
    pages.add(country);
  for (const list of PAGED_LISTS) {
    const first = await textOf(list);
    const last = lastPage(first);
    pages.add(list);
    if (last >= 2) pages.add(`${list}?page=2`);
    if (last > 2) pages.add(`${list}?page=${last}`);
    const ends = [first, ...(last > 1 ? [await textOf(`${list}?page=${last}`)] : [])];
    for (const pattern of RECORD_LINKS)
      for (const html of ends)
        for (const record of linksOf(html, pattern).slice(0, recordsPerList)) pages.add(record);
  }
  return [...pages];
}
