import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { csvWebStream } from '@tianshan/csv/write';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { copyDatabase } from '../postgres/copy/copy-database';
import { openPostgres, type PostgresDb } from '../postgres/client';
import { generateSynthetic } from '../synthetic/generate';
import { expectPoolReleased } from '../testing/pool-released';
import { describeWithPostgres } from '../testing/with-postgres';
import { exportRows } from './export-rows';
import { tradeExport } from './trade-export';

/**
 * The export at scale on PostgreSQL, as the route serves it (`csvWebStream` over `exportRows`): synthetic
 * trade reports copied over from a generated SQLite file come out as that many CSV rows, while the memory
 * the process keeps does not grow with them, and a download that ends early or stalls gives its connection
 * back. The SQLite side of the same is stalled-export.test.ts and the bench package's export-scale test.
 */
// Enough that a read which fetched every row at once fails both memory bounds below (checked with one
// FETCH of everything: 15.2 MB kept at 30,000 rows, 10.1 MB at 20,000; a stream keeps 0.3 MB), and few
// enough to cost seconds (100,000 rows took 23 s of the suite for the same proof).
const ROWS = 30_000;
/** How often the retained heap is measured, in rows. */
const SAMPLE_EVERY = 10_000;
/** The most the heap may keep while streaming: a few fetched batches and CSV chunks, not the file. */
const RETAINED_LIMIT_MB = 8;
/** The total the oldest reports have after the edit made during the export: the export must not show it. */
const EDITED = '424242424242';

// The heap a collection leaves is what the stream keeps; without one, the figure says when garbage happened
// to be collected. Vitest runs each file in a process of its own, so the flag stays here.
setFlagsFromString('--expose-gc');
const collect = runInNewContext('gc') as () => void;

function retainedHeap(): number {
  collect();
  return process.memoryUsage().heapUsed;
}

/** The whole trade table (every product: the synthetic reports are all per product), as the route streams it. */
const TRADE = tradeExport({ productCode: 'all' });

describeWithPostgres(`an export of ${ROWS.toLocaleString('en')} rows from PostgreSQL`, (server) => {
  let dir: string;
  let db: PostgresDb;
  const download = () => csvWebStream(TRADE.columns, exportRows(db, TRADE));

  beforeAll(async () => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'tianshan-postgres-export-'));
    const file = path.join(dir, 'synthetic.db');
    generateSynthetic(file, { tradeReports: ROWS, projects: 0, milestones: 0 });
    const url = await server().createDatabase('export_scale');
    const copied = await copyDatabase({ from: file, to: url });
    if (!copied.committed) throw new Error('the synthetic database did not copy over');
    db = openPostgres(url, { max: 2 });
  }, 600_000);
  afterAll(async () => {
    await db?.$client.end();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  /** Every connection the pool opened is back in it, and none is left inside a transaction. */
  /** A new report and the oldest year's totals changed, committed on the pool's other connection. */
  async function edit(): Promise<number> {
    const started = performance.now();
    await db.$client.query(
      `INSERT INTO trade_reports (scope, year, period, period_kind, period_end_month, reporter, total_usd)
       VALUES ('KZ', 2040, 'FY', 'year', 12, 'CN', 1)`,
    );
    await db.$client.query(`UPDATE trade_reports SET total_usd = ${EDITED} WHERE year < 2001`);
    return performance.now() - started;
  }

  test('every row arrives, the heap keeps a few batches, and edits meanwhile are neither held up nor seen', async () => {
    const reader = download().getReader();
    const decoder = new TextDecoder();
    const before = retainedHeap();
    let peak = 0;
    let bytes = 0;
    let lines = 0;
    let editMs = 0;
    let seenEdits = 0;
    let nextSample = SAMPLE_EVERY;
    for (;;) {
      const chunk = await reader.read();
      if (chunk.done) break;
      bytes += chunk.value.length;
      // Chunks hold whole lines: a row is never split between two.
      const text = decoder.decode(chunk.value);
      lines += text.split('\n').length - 1;
      if (text.includes(EDITED) || text.includes(',2040,')) seenEdits++;
      // The header, then the first rows: the export reads its snapshot now, and two edits commit.
      if (lines > 1 && editMs === 0) editMs = await edit();
      if (lines >= nextSample) {
        peak = Math.max(peak, retainedHeap() - before);
        nextSample += SAMPLE_EVERY;
      }
    }
    console.log(
      `postgres export: ${lines - 1} rows, ${(bytes / 1e6).toFixed(1)} MB, heap kept at most ${(peak / 1e6).toFixed(1)} MB above its start; edits meanwhile took ${editMs.toFixed(0)} ms`,
    );
    expect(lines - 1).toBe(ROWS);
    expect(seenEdits).toBe(0);
    // A hang guard, not a deadline: the export's read takes no lock a write waits for.
    expect(editMs).toBeLessThan(10_000);
    expect(peak).toBeLessThan(RETAINED_LIMIT_MB * 1e6);
    expect(peak).toBeLessThan(bytes / 4);
    await expectPoolReleased(db);
  }, 300_000);

  test('a download cancelled part-way gives its connection back at once', async () => {
    const reader = download().getReader();
    for (let i = 0; i < 5; i++) expect((await reader.read()).done).toBe(false);
    expect(db.$client.idleCount).toBeLessThan(db.$client.totalCount);
    await reader.cancel();
    await expectPoolReleased(db);
  });
});
