import path from 'node:path';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { sampleRss, startNextServer, treeRssBytes } from './next-server';
import { median, printTable, round } from './stats';
import { writeResults } from './results';

/**
 * Server throughput with autocannon against `next start` on 127.0.0.1: each route's requests per second as
 * a ratio to a trivial route handler of the same server (the framework's own ceiling on this machine), at 10
 * and at 50 connections, with p99 latency and the server's peak memory. On a shared 2-core machine one
 * measurement moves by ±10 %, so each target is measured `--rounds` times, each time right after the
 * ceiling, and the table shows the medians of the pairs. Goal: ratio ≥ 0.8 and p99 ≤ 100 ms at 50 connections.
 */
const { values } = parseArgs({
  options: {
    db: { type: 'string', default: 'data/synthetic.db' },
    port: { type: 'string', default: '3404' },
    seconds: { type: 'string', default: '5' },
    rounds: { type: 'string', default: '3' },
    out: { type: 'string', default: 'bench-results/throughput.json' },
  },
});
const dbFile = path.resolve(values.db);
const seconds = Number(values.seconds);
const rounds = Number(values.rounds);

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
    autocannon(
      { url, connections, duration: seconds, pipelining: 1 },
      (error: Error | null, result) => (error ? reject(error) : resolve(result)),
    );
  });
}

function summary(
  idle: number,
  name: string,
  connections: number,
  runs: { result: autocannon.Result; peak: number }[],
  ratios: number[],
): Record<string, string | number> {
  return {
    target: name,
    connections,
    rps: round(median(runs.map((r) => r.result.requests.average)), 1),
    ratio: round(median(ratios), 2),
    ratioRange: `${round(Math.min(...ratios), 2)}–${round(Math.max(...ratios), 2)}`,
    p50ms: median(runs.map((r) => r.result.latency.p50)),
    p99ms: median(runs.map((r) => r.result.latency.p99)),
    errors: runs.reduce((sum, r) => sum + r.result.errors + r.result.non2xx, 0),
    peakMbAboveIdle: round((Math.max(...runs.map((r) => r.peak)) - idle) / 1e6, 1),
  };
}

const server = await startNextServer(dbFile, Number(values.port));
const results: Record<string, string | number>[] = [];
try {
  const pid = server.process.pid as number;
  for (const t of TARGETS)
    for (let i = 0; i < 5; i++) await (await fetch(`${server.url}${t.path}`)).text();
  const idle = treeRssBytes(pid);
  const measure = async (target: { path: string }, connections: number) => {
    const sampler = sampleRss(pid, 100);
    const result = await run(`${server.url}${target.path}`, connections);
    return { result, peak: sampler.stop() };
  };
  const [ceilingTarget, ...targets] = TARGETS as [(typeof TARGETS)[number], ...typeof TARGETS];
  for (const connections of [10, 50]) {
    const ceilings: Awaited<ReturnType<typeof measure>>[] = [];
    const rows: Record<string, string | number>[] = [];
    for (const t of targets) {
      const pairs: { ceiling: number; own: Awaited<ReturnType<typeof measure>> }[] = [];
      for (let i = 0; i < rounds; i++) {
        const ceiling = await measure(ceilingTarget, connections);
        ceilings.push(ceiling);
        pairs.push({
          ceiling: ceiling.result.requests.average,
          own: await measure(t, connections),
        });
      }
      rows.push(
        summary(
          idle,
          t.name,
          connections,
          pairs.map((p) => p.own),
          pairs.map((p) => p.own.result.requests.average / p.ceiling),
        ),
      );
    }
    results.push(
      summary(
        idle,
        ceilingTarget.name,
        connections,
        ceilings,
        ceilings.map(() => 1),
      ),
      ...rows,
    );
  }
} finally {
  await server.stop();
}
printTable(results);
writeResults(values.out, {
  db: dbFile,
  seconds,
  rounds,
  goal: { ratio: 0.8, p99ms: 100, connections: 50 },
  results,
});
