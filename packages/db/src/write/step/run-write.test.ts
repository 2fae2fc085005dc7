import { expect, it } from 'vitest';
import { describeOnEachDatabase } from '../../testing/each-database';
import { StaleEditError } from '../errors';
import { createRecord, updateRecord } from '../records';
import { writeVersion } from '../write-version';
import { runRead, runWrite } from './run-write';
import { insertStep, selectStep } from './step';
import { sql } from 'drizzle-orm';

const actor = { userId: null, label: 'run-write-test' };
const report = {
  scope: 'KG' as const,
  year: 2026,
  period: 'FY',
  reporter: 'KG' as const,
  totalUsd: 1,
  citations: [{ newSource: { title: 'Run-write source', url: 'https://example.org/run-write' } }],
};

describeOnEachDatabase('a write transaction', (database) => {
  it('leaves the database as it was when the write throws after some statements', async () => {
    const written = runWrite(database().db, function* (w) {
      yield* insertStep(w.tables.meta, { key: 'half-way', value: 'written' });
      throw new Error('failed half-way');
    });
    await expect(written).rejects.toThrow('failed half-way');
    expect(await database().count("SELECT count(*) FROM meta WHERE key = 'half-way'")).toBe(0);
  });

  it('lets one of two edits from the same version through and refuses the other, naming the change', async () => {
    const id = await createRecord(database().db, 'trade-report', report, { actor });
    // Two open pool connections, so on PostgreSQL both edits run at once rather than one after the other.
    if (database().dialect === 'PostgreSQL')
      await Promise.all([1, 2].map(() => database().query('SELECT pg_sleep(0.05)')));
    const edits = await Promise.allSettled(
      [2, 3].map((totalUsd) =>
        updateRecord(
          database().db,
          'trade-report',
          id,
          { ...report, totalUsd },
          { actor, expectedVersion: 1 },
        ),
      ),
    );
    expect(edits.filter((e) => e.status === 'fulfilled')).toHaveLength(1);
    const [refused] = edits.flatMap((e): unknown[] => (e.status === 'rejected' ? [e.reason] : []));
    expect(refused).toBeInstanceOf(StaleEditError);
    expect((refused as StaleEditError).changes).toEqual([
      expect.objectContaining({ field: 'totalUsd', theirs: 1 }),
    ]);
    expect(await database().count('SELECT version FROM trade_reports WHERE id = $1', [id])).toBe(2);
  });

  it('bumps the write version once per committed write, seen from another connection, and not on a rollback', async () => {
    const other = await database().connect();
    try {
      const before = await writeVersion(other.db);
      await createRecord(database().db, 'trade-report', report, { actor });
      expect(await writeVersion(other.db)).toBe(before + 1);
      await expect(
        runWrite(database().db, function* (w) {
          yield* insertStep(w.tables.meta, { key: 'rolled-back', value: 'written' });
          throw new Error('rolled back');
        }),
      ).rejects.toThrow('rolled back');
      expect(await writeVersion(other.db)).toBe(before + 1);
    } finally {
      await other.close();
    }
  });

  it('leaves the write version alone on a read, so no cache empties for it', async () => {
    const before = await writeVersion(database().db);
    const keys = await runRead(database().db, (w) =>
      selectStep({ key: w.tables.meta.key }, sql`FROM ${w.tables.meta}`),
    );
    expect(keys.length).toBeGreaterThan(0);
    expect(await writeVersion(database().db)).toBe(before);
  });

  it('creates a new source once when two writes citing it run at the same time', async () => {
    const url = `https://example.org/cited-twice-${database().dialect}`;
    const citing = (year: number) => ({
      ...report,
      year,
      citations: [{ newSource: { title: 'Cited by two writes at once', url } }],
    });
    // Two open pool connections, so on PostgreSQL both writes run at once rather than one after the other.
    if (database().dialect === 'PostgreSQL')
      await Promise.all([1, 2].map(() => database().query('SELECT pg_sleep(0.05)')));
    await Promise.all(
      [2041, 2042].map((year) =>
        createRecord(database().db, 'trade-report', citing(year), { actor }),
      ),
    );
    expect(await database().count('SELECT count(*) FROM sources WHERE url = $1', [url])).toBe(1);
    expect(
      await database().count(
        "SELECT count(DISTINCT c.source_id) FROM citations c JOIN sources s ON s.id = c.source_id WHERE s.url = $1 AND c.record_kind = 'trade-report'",
        [url],
      ),
    ).toBe(1);
  });
});
