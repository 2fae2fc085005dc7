import path from 'node:path';
import { parseArgs } from 'node:util';
import { startNextServer } from './next-server';
import { publicPages } from './public-pages';
import { writeResults } from './results';
import { printTable } from './stats';

/**
 * HTML bytes before compression of every public page, on each database given (`--db` may repeat), so the
 * 150 kB page-weight goal can be checked at the database sizes where pages are heaviest. Walks what a reader
 * can reach: every list view with its second and last page, every country page the overview links to, the
 * record pages the lists link to (`--records` of each kind, from their first and last pages) and the sign-in
 * page. `--cache on` measures what anonymous readers get (the response cache), `off` what an editor or the
 * first reader after a write gets; the markup differs (cached pages defer their scripts).
 */
const { values } = parseArgs({
  options: {
    db: { type: 'string', multiple: true, default: ['data/tianshan.db'] },
    port: { type: 'string', default: '3406' },
    cache: { type: 'string', default: 'on,off' },
    records: { type: 'string', default: '3' },
    limit: { type: 'string', default: '150000' },
    out: { type: 'string', default: 'bench-results/page-weight.json' },
  },
});

const CACHE_SETTINGS: Record<string, Record<string, string>> = {
  on: {},
  off: { TIANSHAN_RESPONSE_CACHE: 'off', TIANSHAN_QUERY_CACHE: 'off' },
};
const limit = Number(values.limit);
const recordsPerList = Number(values.records);

async function get(url: string): Promise<{ status: number; html: string }> {
  const res = await fetch(url);
  return { status: res.status, html: await res.text() };
}

const rows: Record<string, string | number>[] = [];
const over: string[] = [];
for (const db of values.db) {
  for (const cache of values.cache.split(',')) {
    const settings = CACHE_SETTINGS[cache];
    if (!settings) throw new Error(`--cache takes on and/or off, not ${cache}`);
    const server = await startNextServer(path.resolve(db), Number(values.port), settings);
    try {
      const textOf = async (page: string) => (await get(`${server.url}${page}`)).html;
      for (const page of await publicPages(textOf, recordsPerList)) {
        // The second answer is the one an anonymous reader gets from the response cache.
        if (cache === 'on') await get(`${server.url}${page}`);
        const { status, html } = await get(`${server.url}${page}`);
        const bytes = Buffer.byteLength(html);
        rows.push({ db: path.basename(db), cache, page, status, kB: Math.round(bytes / 100) / 10 });
        if (bytes > limit || status !== 200)
          over.push(`${path.basename(db)} ${cache} ${page}: ${status}, ${bytes} bytes`);
      }
    } finally {
      await server.stop();
    }
  }
}

rows.sort((a, b) => Number(b.kB) - Number(a.kB));
printTable(rows.slice(0, 40));
console.log(
  over.length ? `\nover ${limit} bytes or not 200:\n${over.join('\n')}` : '\nevery page within',
);
writeResults(values.out, { limit, rows });
if (over.length) process.exitCode = 1;
