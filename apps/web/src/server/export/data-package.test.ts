import { expect, test, vi } from 'vitest';
import { isPostgres, type Database } from '@tianshan/db/database';
import { describeOnEachDatabase } from '@tianshan/db/testing/each-database';
import { dataPackageStream } from './data-package';

// The guard against importing server code into the browser bundle; these tests are the server.
vi.mock('server-only', () => ({}));
// Hang guards, not deadlines: each database is seeded (and copied to PostgreSQL) before these tests, which
// takes many times its idle duration beside other work on a 2-core machine.
vi.setConfig({ hookTimeout: 120_000, testTimeout: 60_000 });

const FILES = [
  'README.md',
  'trade.csv',
  'investments.csv',
  'projects.csv',
  'milestones.csv',
  'events.csv',
  'indicators.csv',
  'sources.csv',
];

async function bytesOf(stream: ReadableStream<Uint8Array>): Promise<Buffer> {
  return Buffer.from(await new Response(stream).arrayBuffer());
}

/** On PostgreSQL, every connection the package's files took is back in the pool. */
async function expectReleased(db: Database): Promise<void> {
  if (!isPostgres(db)) return;
  const pool = db.$client;
  await expect.poll(() => pool.idleCount === pool.totalCount).toBe(true);
}

describeOnEachDatabase(
  'the data package',
  (database) => {
    test('is a zip of every table and a README, read from the database it is given', async () => {
      const { db } = database();
      const zip = await bytesOf(dataPackageStream(db));
      expect(zip.subarray(0, 2).toString('latin1')).toBe('PK');
      // Entry names are stored as they are, compressed or not.
      for (const name of FILES) expect(zip.toString('latin1')).toContain(`tianshan-data/${name}`);
      await expectReleased(db);
    });

    test('cancelled while it reads a file, it lets go of that file at once', async () => {
      const { db, query } = database();
      // Trade reports enough that the zip cannot be written ahead of its reader to the end.
      await query(`WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 30000)
        INSERT INTO trade_reports (scope, year, period, period_kind, period_end_month, reporter, total_usd)
        SELECT 'KZ', 2100 + i % 50, 'M' || i, 'month', 1, 'CN', i FROM n`);
      const reader = dataPackageStream(db).getReader();
      // On PostgreSQL, until a file is being read: its connection is out of the pool.
      do expect((await reader.read()).done).toBe(false);
      while (isPostgres(db) && db.$client.idleCount === db.$client.totalCount);
      await reader.cancel();
      // Within the poll's second, not the export's idle minute.
      await expectReleased(db);
    });
  },
  { seed: true },
);
