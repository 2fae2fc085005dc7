import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { sqliteExportQuery } from '@tianshan/db/exchange/export-rows';
import { tradeExport } from '@tianshan/db/exchange/trade-export';
import { inlineParams } from './inline-sql';
import { sampleRss, startNextServer, treeRssBytes } from './next-server';
import { printTable, round } from './stats';
import { writeResults } from './results';
import { drainCounting } from './drain';

/**
 * CSV export through the real server (`next start`, HTTP, streaming) against `sqlite3 -csv` running the
 * identical SQL in the same run, plus the server's peak memory above idle during the download.
 */
const { values } = parseArgs({
  options: {
    db: { type: 'string', default: 'data/synthetic.db' },
    port: { type: 'string', default: '3401' },
    out: { type: 'string', default: 'bench-results/export.json' },
  },
});
const dbFile = path.resolve(values.db);
if (!existsSync(dbFile)) {
  console.error(
    `${dbFile} not found: generate it with pnpm --filter @tianshan/db db:synthetic --out ${values.db}`,
  );
  process.exit(2);
}

const query = sqliteExportQuery(tradeExport({ productCode: 'all' }));

const cliStart = process.hrtime.bigint();
const cliOut = execFileSync(
  'sqlite3',
  ['-readonly', '-csv', '-header', dbFile, inlineParams(query.sql, query.params)],
  { maxBuffer: 2 * 1024 * 1024 * 1024 },
);
const cliSeconds = Number(process.hrtime.bigint() - cliStart) / 1e9;
const cliRows = cliOut.toString('utf8').split('\n').length - 2;

const server = await startNextServer(dbFile, Number(values.port));
try {
  await (await fetch(`${server.url}/export/trade.csv?country=KG&from=2024`)).text();
  await new Promise((r) => setTimeout(r, 1000));
  const pid = server.process.pid ?? 0;
  const idle = treeRssBytes(pid);
  const sampler = sampleRss(pid);
  const started = process.hrtime.bigint();
  const res = await fetch(`${server.url}/export/trade.csv?product=all`);
  const { bytes, newlines } = await drainCounting(res);
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const peak = sampler.stop();
  const rows = newlines - 1;
  const result = {
    rows,
    cliRows,
    megabytes: round(bytes / 1e6, 1),
    serverSeconds: round(seconds),
    cliSeconds: round(cliSeconds),
    serverRowsPerSecond: Math.round(rows / seconds),
    cliRowsPerSecond: Math.round(cliRows / cliSeconds),
    ratio: round(rows / seconds / (cliRows / cliSeconds)),
    idleMb: round(idle / 1e6, 1),
    peakMb: round(peak / 1e6, 1),
    aboveIdleMb: round((peak - idle) / 1e6, 1),
  };
  printTable([Object.fromEntries(Object.entries(result).map(([k, v]) => [k, v]))]);
  writeResults(values.out, { db: dbFile, goal: { ratio: 0.5, aboveIdleMb: 64 }, result });
} finally {
  await server.stop();
}
