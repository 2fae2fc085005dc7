import { existsSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import os from 'node:os';
import { writeResults } from '../results';
import { postgresExport } from './postgres-export';
import { postgresQueryLatency } from './postgres-query-latency';
import { postgresTarget } from './postgres-target';

/**
 * `pnpm --filter @tianshan/bench bench:postgres --db <sqlite file>`: a throwaway PostgreSQL server, the file
 * moved over with `db:copy` (timed), then the query-latency table against `psql` and the export against
 * `psql \copy`. `--url postgres://…` reads an existing copy instead; `--hold` copies, prints the URL and
 * keeps the server until interrupted, so the copy and the measurements can run as separate jobs.
 */
const { values } = parseArgs({
  args: process.argv.slice(2).filter((a) => a !== '--'),
  options: {
    db: { type: 'string', default: 'data/synthetic.db' },
    url: { type: 'string' },
    hold: { type: 'boolean', default: false },
    iterations: { type: 'string', default: '50' },
    // A read whose p95 passes this has its plans printed with EXPLAIN ANALYZE (the goal is 20 ms).
    'explain-above': { type: 'string', default: '20' },
    'skip-export': { type: 'boolean', default: false },
    'out-dir': { type: 'string', default: 'bench-results/postgres' },
  },
});
const sqliteFile = path.resolve(values.db);
if (!values.url && !existsSync(sqliteFile)) {
  console.error(
    `${sqliteFile} not found: generate it with pnpm --filter @tianshan/db db:synthetic --out ${values.db}`,
  );
  process.exit(2);
}

const target = await postgresTarget({ url: values.url, sqliteFile });
if (values.hold) {
  console.log(`holding ${target.url} until interrupted (Ctrl-C stops and deletes the server)`);
  const stop = () => {
    target.stop();
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  // Nothing else keeps the event loop alive while holding: without this timer the process would end here.
  setInterval(() => undefined, 60_000);
  await new Promise(() => undefined);
}
try {
  const queries = await postgresQueryLatency({
    url: target.url,
    iterations: Number(values.iterations),
    slowMs: Number(values['explain-above']),
  });
  const exported = values['skip-export'] ? null : await postgresExport(target.url);
  writeResults(path.join(values['out-dir'], 'postgres.json'), {
    db: values.url ? null : sqliteFile,
    machine: {
      cpus: os.cpus().length,
      model: os.cpus()[0]?.model,
      memoryGb: Math.round(os.totalmem() / 2 ** 30),
    },
    load1: os.loadavg()[0],
    copySeconds: target.copySeconds,
    goal: { queryP95Ms: 20, exportRatio: 0.5 },
    iterations: Number(values.iterations),
    queries,
    export: exported,
  });
} finally {
  target.stop();
}
