import { mkdtempSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '../client';
import { meta } from '../schema';
import { generateSynthetic } from '../synthetic/generate';
import { createRecord } from '../write/records';
import { writeTransaction } from '../write/transaction';
import type { ExportQuery } from './export-query';
import { streamRows } from './stream-rows';
import { tradeExportQuery } from './trade-export';

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
    const query = tradeExportQuery(db, { productCode: 'all' });
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
        createRecord(
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
    // The open export still pins its snapshot, so the WAL grows meanwhile (reported above): bounding it needs
    // an export that lets go of its snapshot, which is open work (issue: hardening, item 2).

    const rest = [...rows].map((row: Record<string, unknown>) => Object.values(row));
    expect([Object.values((first.value ?? {}) as Record<string, unknown>), ...rest]).toEqual(
      expected,
    );
  }, 120_000);
});
