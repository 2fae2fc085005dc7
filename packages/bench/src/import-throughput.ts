import { execFileSync } from 'node:child_process';
import { createReadStream, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { commitImport } from '@tianshan/db/import/commit';
import { previewImport } from '@tianshan/db/import/preview';
import { openOwnedDatabase, seedOnce } from '@tianshan/db/setup';
import { printTable, round } from './stats';
import { writeResults } from './results';
import { writeFloorSeconds } from './write-floor';

/**
 * Validated CSV import (preview: parse + validate + diff, then commit: one transaction with a citation and an
 * audit entry per record) against SQLite alone writing the same rows, citations and audit entries into the
 * same schema (the floor, see write-floor.ts), and beside `sqlite3 .import` of the same file into a bare
 * table, in the same run. Synthetic rows (generated here, written only to temporary files). Goal: the floor
 * over preview + commit ≥ 0.5. CPU seconds are reported beside the wall clock: on a machine shared with
 * other work they move far less.
 */
const { values } = parseArgs({
  options: {
    rows: { type: 'string', default: '100000' },
    out: { type: 'string', default: 'bench-results/import.json' },
  },
});
const rows = Number(values.rows);
const cpuSecondsSince = (start: NodeJS.CpuUsage) => {
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1e6;
};
const dir = mkdtempSync(path.join(os.tmpdir(), 'tianshan-import-bench-'));
const csvFile = path.join(dir, 'trade.csv');

const COUNTRIES = ['KZ', 'KG', 'TJ', 'TM', 'UZ'];
const lines = [
  'country_iso2,year,period,reporter,product_code,total_usd,china_exports_usd,china_imports_usd,qualifier,notes,source_title,source_url,source_date',
];
for (let i = 0; i < rows; i++) {
  const exports = 1_000_000 + ((i * 7919) % 50_000_000);
  const imports = 500_000 + ((i * 104_729) % 30_000_000);
  lines.push(
    `${COUNTRIES[i % 5]},${2000 + (i % 26)},FY,CN,${String(100_000 + i)},${exports + imports},${exports},${imports},exact,,Synthetic benchmark release ${i % 50},https://synthetic.invalid/release/${i % 50},2026-01`,
  );
}
writeFileSync(csvFile, `${lines.join('\n')}\n`);
const megabytes = round(Buffer.byteLength(lines.join('\n')) / 1e6, 1);

try {
  // The physical limit: the CLI's own CSV reader straight into a table, no checks.
  const cliDb = path.join(dir, 'cli.db');
  const cliStarted = process.hrtime.bigint();
  execFileSync('sqlite3', [cliDb, '.import --csv ' + csvFile + ' trade_import']);
  const cliSeconds = Number(process.hrtime.bigint() - cliStarted) / 1e9;

  const dbFile = path.join(dir, 'tianshan.db');
  const db = openOwnedDatabase(dbFile);
  seedOnce(db);
  const rssBefore = process.memoryUsage().rss;
  let rssPeak = rssBefore;
  const timer = setInterval(() => (rssPeak = Math.max(rssPeak, process.memoryUsage().rss)), 50);
  const previewStarted = process.hrtime.bigint();
  const previewCpu = process.cpuUsage();
  const preview = await previewImport(db, 'trade-report', 'trade.csv', createReadStream(csvFile));
  const previewSeconds = Number(process.hrtime.bigint() - previewStarted) / 1e9;
  const previewCpuSeconds = cpuSecondsSince(previewCpu);
  if (!preview.importId)
    throw new Error(
      `the benchmark's file was refused: ${JSON.stringify(preview.errors.slice(0, 3))}`,
    );
  const commitStarted = process.hrtime.bigint();
  const commitCpu = process.cpuUsage();
  const result = commitImport(db, preview.importId, { userId: null, label: 'import benchmark' });
  const commitSeconds = Number(process.hrtime.bigint() - commitStarted) / 1e9;
  const commitCpuSeconds = cpuSecondsSince(commitCpu);
  clearInterval(timer);
  db.$client.close();

  const floorFile = path.join(dir, 'floor.db');
  seedOnce(openOwnedDatabase(floorFile));
  const floor = writeFloorSeconds(dbFile, floorFile, 'trade_reports', 'trade-report');

  const ours = previewSeconds + commitSeconds;
  const table = [
    {
      rows,
      megabytes,
      cliSeconds: round(cliSeconds),
      previewSeconds: round(previewSeconds),
      commitSeconds: round(commitSeconds),
      oursRowsPerSecond: Math.round(rows / ours),
      cliRowsPerSecond: Math.round(rows / cliSeconds),
      ratio: round(cliSeconds / ours, 3),
      // What SQLite alone needs to write the same rows, citations and audit entries into our indexed schema.
      sqliteWriteFloorSeconds: round(floor.seconds),
      floorRatio: round(floor.seconds / ours, 2),
      commitOverFloor: round(commitSeconds / floor.seconds, 1),
      previewCpuSeconds: round(previewCpuSeconds),
      commitCpuSeconds: round(commitCpuSeconds),
      floorCpuSeconds: round(floor.cpuSeconds),
      floorCpuRatio: round(floor.cpuSeconds / (previewCpuSeconds + commitCpuSeconds), 2),
      created: result.created,
      peakMbAboveStart: round((rssPeak - rssBefore) / 1e6, 1),
    },
  ];
  printTable(table);
  writeResults(values.out, { goal: { floorRatio: 0.5 }, result: table[0] });
} finally {
  rmSync(dir, { recursive: true, force: true });
}
