import { mkdtempSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { csvWebStream } from '@tianshan/csv/write';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '../client';
import { meta } from '../schema';
import { generateSynthetic } from '../synthetic/generate';
import { createRecordSync } from '../write/records';
import { writeTransaction } from '../write/transaction';
import type { ExportQuery } from './export-query';
import { ExportStalledError, streamRows } from './stream-rows';
import { sqliteExportQuery } from './export-rows';
import { tradeExport } from './trade-export';

/** The export as one statement returns it, read to the end at once. */
function inOneRead(file: string, query: ExportQuery): unknown[][] {
  const connection = new Database(file, { readonly: true });
  try {
    return connection
      .prepare(query.sql)
      .raw(true)
      .all(...query.params) as unknown[][];
  } finally {
    connection.close();
  }
}

describe('a client that stops reading a large export', () => {
  let dir: string;
  let file: string;
  let db: Db;
  beforeAll(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'tianshan-stalled-export-'));
    file = path.join(dir, 'synthetic.db');
    generateSynthetic(file, { tradeReports: 20_000, projects: 0, milestones: 0 });
    db = openDatabase(file);
  }, 120_000);
  afterAll(() => {
    db?.$client.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('delays no edit, and the export still ends with every row', () => {
    const query = sqliteExportQuery(tradeExport({ productCode: 'all' }));
    const expected = inOneRead(file, query);
    expect(expected.length).toBe(20_000);
    const rows = streamRows(file, query);
    const first = rows.next();
    expect(first.done).toBe(false);

    const actor = { userId: null, label: 'stalled-export-test' };
    const ballast = 'x'.repeat(1024 * 1024);
    let walPeak = 0;
    let slowest = 0;
    // Each write is acknowledged in under half the 5 s busy timeout: one wait on the stalled reader fails it,
    // and a busy two-core machine still passes.
    const timed = (write: () => void) => {
      const started = performance.now();
      write();
      slowest = Math.max(slowest, performance.now() - started);
      expect(slowest).toBeLessThan(2000);
      walPeak = Math.max(walPeak, statSync(`${file}-wal`).size);
    };
    for (let i = 0; i < 40; i++) {
      timed(() =>
        writeTransaction(db, (tx) =>
          tx
            .insert(meta)
            .values({ key: `ballast-${i}`, value: ballast })
            .run(),
        ),
      );
      timed(() =>
        createRecordSync(
          db,
          'indicator',
          {
            scope: 'KZ',
            asOf: '2026',
            metric: `edit ${i}`,
            value: String(i),
            unit: 'count',
            citations: [{ sourceId: 1 }],
          },
          { actor },
        ),
      );
    }
    console.log(
      `stalled export: 80 writes (40 MB) while it waited, slowest ${slowest.toFixed(0)} ms, WAL peak ${(walPeak / 1e6).toFixed(1)} MB`,
    );
    // While the export is open it pins its snapshot, so the WAL grows meanwhile (reported above); a client
    // that stops reading is let go after the idle limit (next test), which bounds how long that lasts.

    const rest = [...rows].map((row: Record<string, unknown>) => Object.values(row));
    expect([Object.values((first.value ?? {}) as Record<string, unknown>), ...rest]).toEqual(
      expected,
    );
  }, 120_000);

  it('lets go of a client that stops reading after the idle limit: edits stay prompt, the WAL is rewound', async () => {
    const idleLimitMs = 1000;
    const rows = streamRows(file, sqliteExportQuery(tradeExport({ productCode: 'all' })), {
      idleLimitMs,
    });
    expect(rows.next().done).toBe(false);
    const stoppedReading = performance.now();

    const actor = { userId: null, label: 'stalled-export-test' };
    const ballast = 'y'.repeat(1024 * 1024);
    const wal = () => statSync(`${file}-wal`).size;
    let write = 0;
    let slowest = 0;
    let slowestWhilePinned = 0;
    const edit = () => {
      const started = performance.now();
      writeTransaction(db, (tx) =>
        tx
          .insert(meta)
          .values({ key: `idle-ballast-${write}`, value: write < 20 ? ballast : 'small' })
          .onConflictDoUpdate({ target: meta.key, set: { value: 'small' } })
          .run(),
      );
      createRecordSync(
        db,
        'indicator',
        {
          scope: 'KZ',
          asOf: '2026',
          metric: `idle edit ${write}`,
          value: String(write),
          unit: 'count',
          citations: [{ sourceId: 1 }],
        },
        { actor },
      );
      write += 1;
      slowest = Math.max(slowest, performance.now() - started);
    };
    // 20 MB of edits while the export holds its snapshot: the WAL cannot be rewound past it.
    for (let i = 0; i < 20; i++) edit();
    slowestWhilePinned = slowest;
    const pinned = wal();
    expect(pinned).toBeGreaterThan(16 * 1024 * 1024);

    // Edits go on (one per tick, so the export's timer can run) until one finds the WAL free to rewind.
    const hangGuard = performance.now() + 60_000;
    let rewoundAfter = 0;
    while (performance.now() < hangGuard) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      edit();
      if (wal() < 1024 * 1024) {
        rewoundAfter = performance.now() - stoppedReading;
        break;
      }
    }
    console.log(
      `stalled export released: WAL ${(pinned / 1e6).toFixed(1)} MB while pinned, rewound ${rewoundAfter.toFixed(0)} ms after the client stopped reading (limit ${idleLimitMs} ms); ${write} edits, slowest ${slowestWhilePinned.toFixed(0)} ms while pinned, ${slowest.toFixed(0)} ms with the rewind`,
    );
    expect(rewoundAfter).toBeGreaterThan(0);
    expect(rewoundAfter).toBeGreaterThanOrEqual(idleLimitMs);
    // Under half the 5 s busy timeout: no edit waited on the stalled reader.
    expect(slowestWhilePinned).toBeLessThan(2000);
    // The edit that rewinds copies the whole WAL back (its cost follows the WAL's size, not any reader),
    // and never waits out the busy timeout either.
    expect(slowest).toBeLessThan(5000);
    // The client that comes back is told its export was ended, rather than handed a shortened file.
    expect(() => rows.next()).toThrow(ExportStalledError);
  }, 120_000);

  it('ends the download as the route serves it with an error, never a short file that looks whole', async () => {
    const query = sqliteExportQuery(tradeExport({ productCode: 'all' }));
    let letGo = () => {};
    const released = new Promise<void>((resolve) => (letGo = resolve));
    const download = csvWebStream(
      query.columns,
      streamRows(file, query, { idleLimitMs: 300, onIdleRelease: () => letGo() }),
    );
    const reader = download.getReader();
    expect((await reader.read()).done).toBe(false);
    // Wait for the export to let go, not for a time: on a busy machine the stream's read-ahead of the next
    // chunk can itself take longer than the limit, and the limit counts from the last row it read.
    await released;

    let bytes = 0;
    const outcome = await (async () => {
      for (;;) {
        const chunk = await reader.read();
        if (chunk.done) return 'ended as if complete';
        bytes += chunk.value.length;
      }
    })().catch((error: unknown) => error);
    expect(outcome).toBeInstanceOf(ExportStalledError);
    // What was already buffered arrived; the rest never did (20,000 rows are well over 1 MB).
    expect(bytes).toBeLessThan(1_000_000);
  }, 120_000);
});
