import path from 'node:path';
import { parseArgs } from 'node:util';
import { probe } from './http-probe';
import { loadTestAll, type LoadTarget, type Measured } from './load-target';
import { startNextServer, treeRssBytes } from './next-server';
import { printTable } from './stats';
import { writeResults } from './results';
import { throughputRow, type Row } from './throughput-row';
import { CEILING, SECTIONS, type Section } from './throughput-sections';

/**
 * Server throughput with autocannon against `next start` on 127.0.0.1: each target's requests per second as
 * a ratio to a trivial route handler of the same server (the framework's own ceiling on this machine), with
 * p50/p99 latency, the bytes each response took on the wire and the server's peak memory. Sections
 * (throughput-sections.ts): cache hits at 10 and 50 connections; the same pages with gzip; many distinct
 * filter URLs; and the caches switched off. On a shared 2-core machine one measurement moves by ±10 %, so
 * each target is measured `--rounds` times, each time right after the ceiling, and the table shows the
 * medians of the pairs. Goal: ratio ≥ 0.8 and p99 ≤ 100 ms at 50 connections (cache hits).
 */
const { values } = parseArgs({
  options: {
    db: { type: 'string', default: 'data/synthetic.db' },
    // A postgres:// URL runs the server on that database instead (bench:postgres --hold keeps one).
    url: { type: 'string' },
    port: { type: 'string', default: '3404' },
    // Web processes on the one database, on consecutive ports, the load divided between them.
    processes: { type: 'string', default: '1' },
    seconds: { type: 'string', default: '5' },
    rounds: { type: 'string', default: '3' },
    sections: { type: 'string', default: SECTIONS.map((s) => s.name).join(',') },
    out: { type: 'string', default: 'bench-results/throughput.json' },
  },
});
const dbFile = path.resolve(values.db);
const seconds = Number(values.seconds);
const rounds = Number(values.rounds);
const processes = Number(values.processes);
const chosen = values.sections.split(',');
const unknown = chosen.filter((name) => !SECTIONS.some((s) => s.name === name));
if (unknown.length > 0) {
  console.error(
    `unknown --sections ${unknown.join(', ')}; known: ${SECTIONS.map((s) => s.name).join(', ')}`,
  );
  process.exit(2);
}

async function measureSection(section: Section): Promise<Row[]> {
  const env = { ...section.env, ...(values.url ? { DATABASE_URL: values.url } : {}) };
  const servers = await Promise.all(
    Array.from({ length: processes }, (_, i) =>
      startNextServer(dbFile, Number(values.port) + i, env),
    ),
  );
  const rows: Row[] = [];
  try {
    const loaded = servers.map((s) => ({ url: s.url, pid: s.process.pid as number }));
    const encodings = new Map<LoadTarget, string>();
    for (const t of [CEILING, ...section.targets]) {
      for (const server of servers) {
        for (let i = 0; i < 5; i++) {
          const answer = await probe(`${server.url}${t.path}`, t.headers);
          if (answer.status !== 200) throw new Error(`${t.path} answered ${answer.status}`);
          encodings.set(t, answer.encoding);
        }
      }
    }
    const idle = loaded.reduce((sum, s) => sum + treeRssBytes(s.pid), 0);
    const measure = (t: LoadTarget, connections: number) =>
      loadTestAll(loaded, t, connections, seconds);
    for (const connections of section.connections) {
      const ceilings: Measured[] = [];
      const own: Row[] = [];
      for (const t of section.targets) {
        const pairs: { ceiling: number; own: Measured }[] = [];
        for (let i = 0; i < rounds; i++) {
          const ceiling = await measure(CEILING, connections);
          ceilings.push(ceiling);
          pairs.push({
            ceiling: ceiling.result.requests.average,
            own: await measure(t, connections),
          });
        }
        own.push(
          throughputRow(
            { section, target: t, encoding: encodings.get(t) ?? '', idle, connections },
            pairs.map((p) => p.own),
            pairs.map((p) => p.own.result.requests.average / p.ceiling),
          ),
        );
      }
      const ceiling = { section, target: CEILING, encoding: encodings.get(CEILING) ?? '', idle };
      rows.push(
        throughputRow(
          { ...ceiling, connections },
          ceilings,
          ceilings.map(() => 1),
        ),
        ...own,
      );
    }
  } finally {
    await Promise.all(servers.map((s) => s.stop()));
  }
  return rows;
}

const results: Row[] = [];
for (const section of SECTIONS.filter((s) => chosen.includes(s.name)))
  results.push(...(await measureSection(section)));
printTable(results);
writeResults(values.out, {
  serverNodeOptions: process.env.BENCH_NODE_OPTIONS ?? null,
  db: values.url ? 'postgres' : dbFile,
  processes,
  seconds,
  rounds,
  goal: { ratio: 0.8, p99ms: 100, connections: 50 },
  results,
});
