import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { probe } from './http-probe';
import { startNextServer } from './next-server';
import { writeResults } from './results';
import { median, percentile, printTable, round } from './stats';

/**
 * Server time, one request at a time: each page asked `--requests` times in a row, each answer timed from
 * the request to its last byte on 127.0.0.1 (no other load from here, so this is the server's own time per
 * page). Uncached by default (`TIANSHAN_RESPONSE_CACHE=off TIANSHAN_QUERY_CACHE=off`): every page is
 * rendered and every query run, as for an editor or the first reader after a write. Goal: p95 ≤ 100 ms at
 * 1,000,000 rows. `--cpu-prof <dir>` has the server write a V8 CPU profile there when it stops.
 * `--connections N` keeps N requests in flight instead of one, so the profile shows a page's cost under
 * load (more garbage collection, interleaved renders); its times are then latencies, not server time.
 */
const { values } = parseArgs({
  options: {
    db: { type: 'string', default: 'data/synthetic.db' },
    port: { type: 'string', default: '3405' },
    requests: { type: 'string', default: '40' },
    connections: { type: 'string', default: '1' },
    cache: { type: 'string', default: 'off' },
    'cpu-prof': { type: 'string' },
    out: { type: 'string', default: 'bench-results/server-time.json' },
  },
});

const PAGES = ['/', '/countries/kyrgyzstan', '/trade', '/projects', '/timeline'];
const WARM_UP = 3;
const requests = Number(values.requests);
const connections = Math.max(1, Number(values.connections));

/**
 * `off`: nothing cached. `queries`: the query cache on (pages still rendered afresh), so every read after
 * the first is a hit and the time left is rendering: `off` minus `queries` is what the queries cost.
 */
const CACHE_MODES: Record<string, Record<string, string>> = {
  off: { TIANSHAN_RESPONSE_CACHE: 'off', TIANSHAN_QUERY_CACHE: 'off' },
  queries: { TIANSHAN_RESPONSE_CACHE: 'off' },
};
const mode = CACHE_MODES[values.cache];
if (!mode) {
  console.error(`--cache takes ${Object.keys(CACHE_MODES).join(' or ')}, not ${values.cache}`);
  process.exit(2);
}
const profileDir = values['cpu-prof'] ? path.resolve(values['cpu-prof']) : null;
if (profileDir) mkdirSync(profileDir, { recursive: true });
const nodeArgs = profileDir ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : [];

const server = await startNextServer(path.resolve(values.db), Number(values.port), mode, nodeArgs);
const rows: Record<string, string | number>[] = [];
/** When each page's timed requests ran, on the clock V8's profiles use, so a profile can be split by page. */
const windows: { page: string; requests: number; fromUs: number; toUs: number }[] = [];
const nowUs = () => Number(process.hrtime.bigint() / 1000n);
try {
  for (const page of PAGES) {
    const url = `${server.url}${page}`;
    for (let i = 0; i < WARM_UP; i++) await probe(url);
    const times: number[] = [];
    let bytes = 0;
    const fromUs = nowUs();
    let asked = 0;
    const lane = async () => {
      while (asked < requests) {
        asked++;
        const started = performance.now();
        const answer = await probe(url);
        times.push(performance.now() - started);
        if (answer.status !== 200) throw new Error(`${page} answered ${answer.status}`);
        bytes = answer.bytes;
      }
    };
    await Promise.all(Array.from({ length: connections }, lane));
    windows.push({ page, requests, fromUs, toUs: nowUs() });
    rows.push({
      page,
      requests,
      p50: `${round(median(times), 1)} ms`,
      p95: `${round(percentile(times, 95), 1)} ms`,
      max: `${round(Math.max(...times), 1)} ms`,
      html: `${round(bytes / 1024, 1)} kB`,
    });
  }
} finally {
  await server.stop();
}
printTable(rows);
writeResults(values.out, {
  serverNodeOptions: process.env.BENCH_NODE_OPTIONS ?? null,
  db: path.resolve(values.db),
  cache: values.cache,
  connections,
  results: rows,
  windows,
});
