import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { createRecordSync, readSnapshot, updateRecord } from '@tianshan/db/write/records';
import { openOwnedDatabase, seedOnce } from '@tianshan/db/setup';
import { aTradeReport } from '@tianshan/db/testing';
import { median, percentile, printTable, round } from './stats';
import { writeResults } from './results';

/**
 * One form edit as the dashboard makes it, on SQLite: the form's read of the record (`readSnapshot`, for its
 * version), then `updateRecord` of a trade report (the version check, the row, its citations and the audit
 * entry, in one transaction), on a fresh seeded database in a temporary folder, one edit after another.
 * Reports the time and the CPU time per edit. Synthetic edits on a database made for the benchmark.
 */
const { values } = parseArgs({
  options: {
    edits: { type: 'string', default: '2000' },
    out: { type: 'string', default: 'bench-results/edit.json' },
  },
});
const edits = Number(values.edits);
const dir = mkdtempSync(path.join(os.tmpdir(), 'tianshan-edit-bench-'));
const actor = { userId: null, label: 'edit benchmark' };

try {
  const db = openOwnedDatabase(path.join(dir, 'tianshan.db'));
  seedOnce(db);
  const sourceId = db.$client.prepare('SELECT min(id) FROM sources').pluck().get() as number;
  const form = aTradeReport({ citations: [{ sourceId }] });
  const id = createRecordSync(db, 'trade-report', form, { actor });
  const edit = async (n: number) => {
    const version = (await readSnapshot(db, 'trade-report', id))?.version;
    await updateRecord(
      db,
      'trade-report',
      id,
      { ...form, notes: `edit ${n}` },
      { actor, expectedVersion: version },
    );
  };
  // The first edits compile and prepare every statement; what an editor waits for afterwards is the rest.
  for (let n = 0; n < 50; n++) await edit(n);
  const samples: number[] = [];
  const cpu = process.cpuUsage();
  for (let n = 0; n < edits; n++) {
    const started = process.hrtime.bigint();
    await edit(n);
    samples.push(Number(process.hrtime.bigint() - started) / 1e6);
  }
  const used = process.cpuUsage(cpu);
  db.$client.close();
  const table = [
    {
      edits,
      'mean ms': round(samples.reduce((a, b) => a + b, 0) / edits, 3),
      'p50 ms': round(median(samples), 3),
      'p95 ms': round(percentile(samples, 95), 3),
      'cpu ms per edit': round((used.user + used.system) / 1000 / edits, 3),
    },
  ];
  printTable(table);
  writeResults(values.out, { result: table[0] });
} finally {
  rmSync(dir, { recursive: true, force: true });
}
