import path from 'node:path';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { sampleRss, startNextServer, treeRssBytes } from './next-server';
import { printTable, round } from './stats';
import { writeResults } from './results';

/**
 * Server throughput with autocannon against `next start` on 127.0.0.1: each route's requests per second as
 * a ratio to a trivial route handler of the same server in the same run (the framework's own ceiling on
 * this machine), at 10 and at 50 connections, with p99 latency and the server's peak memory.
 * Goal: ratio ≥ 0.8 and p99 ≤ 100 ms at 50 connections.
 */
const { values } = parseArgs({
  options: {
    db: { type: 'string', default: 'data/synthetic.db' },
    port: { type: 'string', default: '3404' },
    seconds: { type: 'string', default: '10' },
    out: { type: 'string', default: 'bench-results/throughput.json' },
  },
});
const dbFile = path.resolve(values.db);
const seconds = Number(values.seconds);

const trpc = (procedure: string, input?: unknown) =>
  `/api/trpc/${procedure}${input === undefined ? '' : `?input=${encodeURIComponent(JSON.stringify({ json: input }))}`}`;
const TARGETS: { name: string; path: string }[] = [
  { name: 'trivial handler (ceiling)', path: '/api/health' },
  { name: 'overview page', path: '/' },
  { name: 'country page (KG)', path: '/countries/kyrgyzstan' },
  { name: 'projects page', path: '/projects' },
  { name: 'trpc trade.headline', path: trpc('trade.headline') },
  { name: 'trpc trade.byCountryYear', path: trpc('trade.byCountryYear', { reporter: 'CN' }) },
  { name: 'trpc projects.counts', path: trpc('projects.counts', {}) },
];

function run(url: string, connections: number) {
  return new Promise<autocannon.Result>((resolve, reject) => {
    autocannon({ url, connections, duration: seconds, pipelining: 1 }, (error, result) =>
      error ? reject(error) : resolve(result),
    );
  });
}

const server = await startNextServer(dbFile, Number(values.port));
const results: Record<string, string | number>[] = [];
try {
  const pid = server.process.pid as number;
  for (const t of TARGETS)
    for (let i = 0; i < 5; i++) await (await fetch(`${server.url}${t.path}`)).text();
  const idle = treeRssBytes(pid);
  const ceiling: Record<number, number> = {};
  for (const t of TARGETS) {
    for (const connections of [10, 50]) {
      const sampler = sampleRss(pid, 100);
      const r = await run(`${server.url}${t.path}`, connections);
      const peak = sampler.stop();
      const rps = r.requests.average;
      if (t.path === '/api/health') ceiling[connections] = rps;
      results.push({
        target: t.name,
        connections,
        rps: round(rps, 1),
        ratio: round(rps / (ceiling[connections] ?? rps), 2),
        p50ms: r.latency.p50,
        p99ms: r.latency.p99,
        errors: r.errors + r.non2xx,
        peakMbAboveIdle: round((peak - idle) / 1e6, 1),
      });
    }
  }
} finally {
  await server.stop();
}
printTable(results);
writeResults(values.out, {
  db: dbFile,
  seconds,
  goal: { ratio: 0.8, p99ms: 100, connections: 50 },
  results,
});
