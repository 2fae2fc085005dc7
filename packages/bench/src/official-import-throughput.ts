import {
  closeSync,
  createReadStream,
  mkdtempSync,
  openSync,
  rmSync,
  statSync,
  writeSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { commitImport } from '@tianshan/db/import/commit';
import { previewOfficialImport } from '@tianshan/db/import/official/official-preview';
import { openOwnedDatabase, seedOnce } from '@tianshan/db/setup';
import { writeResults } from './results';
import { printTable, round } from './stats';

/**
 * A product-level UN Comtrade download (China reporting the five partners, HS 6-digit codes, exports and
 * imports rows apart) read, paired, previewed and committed, with peak memory sampled throughout: memory
 * must stay bounded whatever the row count. The file is synthetic, generated here into a temp folder.
 */
const { values } = parseArgs({
  options: {
    rows: { type: 'string', default: '100000' },
    out: { type: 'string', default: 'bench-results/official-import.json' },
  },
});
const rows = Number(values.rows);
const dir = mkdtempSync(path.join(os.tmpdir(), 'tianshan-official-bench-'));
const csvFile = path.join(dir, 'comtrade-synthetic.csv');

const PARTNERS = [398, 417, 762, 795, 860];
const HEADER =
  'typeCode,freqCode,refPeriodId,refYear,refMonth,period,reporterCode,reporterISO,flowCode,partnerCode,partner2Code,classificationCode,cmdCode,customsCode,motCode,primaryValue,isReported';

/** Written a block at a time so generating a million rows needs no more memory than reading them. */
function writeSyntheticFile(file: string, count: number) {
  const fd = openSync(file, 'w');
  let block = `${HEADER}\n`;
  const groups = Math.ceil(count / 2);
  // Exports first for every group, then imports: the two flows of a figure lie half a file apart.
  for (let i = 0; i < count; i++) {
    const group = i % groups;
    const flow = i < groups ? 'X' : 'M';
    const partner = PARTNERS[group % 5] ?? 398;
    const year = 1995 + (Math.floor(group / 5) % 30);
    const hs = String(10_000 + Math.floor(group / 150)).padStart(6, '0');
    const value = (1_000 + ((group * 7919 + (flow === 'X' ? 0 : 13)) % 5_000_000)) * 10 + 0.25;
    block += `C,A,${year}0101,${year},52,${year},156,CHN,${flow},${partner},0,H6,${hs},C00,0,${value},True\n`;
    if (block.length > 1 << 20) {
      writeSync(fd, block);
      block = '';
    }
  }
  writeSync(fd, block);
  closeSync(fd);
}

try {
  writeSyntheticFile(csvFile, rows);
  const megabytes = round(statSync(csvFile).size / 1e6, 1);
  const db = openOwnedDatabase(path.join(dir, 'tianshan.db'));
  seedOnce(db);
  global.gc?.();
  const rssBefore = process.memoryUsage().rss;
  let rssPeak = rssBefore;
  let heapPeak = process.memoryUsage().heapUsed;
  const timer = setInterval(() => {
    const m = process.memoryUsage();
    rssPeak = Math.max(rssPeak, m.rss);
    heapPeak = Math.max(heapPeak, m.heapUsed);
  }, 50);
  // CPU time as well as wall time: on a shared machine the wall clock also measures the neighbours.
  const cpuBefore = process.cpuUsage();
  const previewStarted = process.hrtime.bigint();
  const preview = await previewOfficialImport(
    db,
    'comtrade-synthetic.csv',
    createReadStream(csvFile),
    {
      query: `synthetic benchmark, ${rows} rows`,
      retrievedOn: '2026-11-26',
      maxBytes: Number.MAX_SAFE_INTEGER,
    },
  );
  const previewSeconds = Number(process.hrtime.bigint() - previewStarted) / 1e9;
  if (!preview.importId)
    throw new Error(
      `the benchmark's file was refused: ${JSON.stringify(preview.errors.slice(0, 3))}`,
    );
  const commitStarted = process.hrtime.bigint();
  const result = commitImport(db, preview.importId, {
    userId: null,
    label: 'official import benchmark',
  });
  const commitSeconds = Number(process.hrtime.bigint() - commitStarted) / 1e9;
  const cpu = process.cpuUsage(cpuBefore);
  clearInterval(timer);
  db.$client.close();
  const table = [
    {
      rows,
      megabytes,
      tradeReports: result.created,
      previewSeconds: round(previewSeconds),
      commitSeconds: round(commitSeconds),
      rowsPerSecond: Math.round(rows / (previewSeconds + commitSeconds)),
      previewRowsPerSecond: Math.round(rows / previewSeconds),
      cpuSeconds: round((cpu.user + cpu.system) / 1e6),
      rowsPerCpuSecond: Math.round(rows / ((cpu.user + cpu.system) / 1e6)),
      peakRssMbAboveStart: round((rssPeak - rssBefore) / 1e6, 1),
      peakHeapMb: round(heapPeak / 1e6, 1),
    },
  ];
  printTable(table);
  writeResults(values.out, { result: table[0] });
} finally {
  rmSync(dir, { recursive: true, force: true });
}
