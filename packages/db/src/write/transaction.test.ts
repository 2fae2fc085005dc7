import { statSync } from 'node:fs';
import Database from 'better-sqlite3';
import { afterAll, expect, test } from 'vitest';
import { meta } from '../schema';
import { createTestDatabase } from '../testing';
import { createRecordSync } from './records';
import { writeTransaction } from './transaction';

const t = createTestDatabase();
afterAll(() => t.close());

const actor = { userId: null, label: 'wal-test' };
const walBytes = () => statSync(`${t.file}-wal`).size;

/**
 * Times one write. The busy timeout is 5 s, so a write that waited on a reader even once takes more than
 * the 2 s allowed, which leaves room for a busy two-core machine.
 */
function timed(write: () => void): number {
  const started = performance.now();
  write();
  return performance.now() - started;
}

test('a reader that holds an old snapshot never delays a write, and the WAL is rewound once it lets go', () => {
  // Another connection part-way through a long read (a backup, an export): it pins every WAL page since it began.
  const reader = new Database(t.file, { readonly: true });
  const rows = reader.prepare('SELECT * FROM trade_reports').iterate();
  expect(rows.next().done).toBe(false);

  const ballast = 'x'.repeat(1024 * 1024);
  const slowest: number[] = [];
  // Well past the 16 MB at which a write tries to rewind the WAL.
  for (let i = 0; walBytes() < 24 * 1024 * 1024; i++) {
    slowest.push(
      timed(() =>
        writeTransaction(t.db, (tx) =>
          tx
            .insert(meta)
            .values({ key: `ballast-${i}`, value: ballast })
            .run(),
        ),
      ),
    );
    slowest.push(
      timed(() =>
        createRecordSync(
          t.db,
          'indicator',
          {
            scope: 'KZ',
            asOf: '2026',
            metric: `wal ${i}`,
            value: '1',
            unit: 'count',
            citations: [{ sourceId: 1 }],
          },
          { actor },
        ),
      ),
    );
    expect(Math.max(...slowest)).toBeLessThan(2000);
  }

  rows.return?.();
  reader.close();
  createRecordSync(
    t.db,
    'indicator',
    {
      scope: 'KZ',
      asOf: '2026',
      metric: 'wal after',
      value: '1',
      unit: 'count',
      citations: [{ sourceId: 1 }],
    },
    { actor },
  );
  expect(walBytes()).toBeLessThan(1024 * 1024);
}, 120_000);
