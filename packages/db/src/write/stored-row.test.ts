import { eq } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { projects, tradeReports } from '../schema';
import { createTestDatabase } from '../testing';
import { insertReturning } from './raw-insert';

/**
 * A returning insert builds the stored row from what it bound instead of SQLite's `RETURNING`
 * (stored-row.ts): the row must be the one Drizzle reads back, defaults and conversions included.
 */
const test = createTestDatabase({ seed: false });
afterAll(() => test.close());

const readTrade = (id: number) =>
  test.db.select().from(tradeReports).where(eq(tradeReports.id, id)).get();

const figure = {
  scope: 'KZ',
  year: 2024,
  period: 'FY',
  periodKind: 'year',
  periodEndMonth: 12,
  reporter: 'CN',
  totalUsd: 1_000,
  preferred: true,
};

describe('insertReturning', () => {
  it('returns the row as stored: the rowid, the literal defaults, the clock and decoded values', () => {
    const row = insertReturning<{ id: number }>(test.db, tradeReports, figure);
    expect(row).toEqual(readTrade(row.id));
    expect(row).toMatchObject({ qualifier: 'exact', version: 1, preferred: true, notes: null });
  });

  it('reads back a value SQLite converted to its column type', () => {
    const row = insertReturning<{ id: number }>(test.db, tradeReports, {
      ...figure,
      notes: 42,
      totalUsd: '1500',
    });
    expect(row).toEqual(readTrade(row.id));
    expect(row).toMatchObject({ notes: expect.any(String), totalUsd: 1500 });
  });

  it('keeps real numbers and explicit ids as stored', () => {
    const row = insertReturning<{ id: number }>(test.db, projects, {
      id: 9_001,
      name: 'Stored row test',
      sector: 'energy',
      status: 'operating',
      lat: 42.874_6,
      lon: 74.569_8,
    });
    expect(row.id).toBe(9_001);
    expect(row).toEqual(test.db.select().from(projects).where(eq(projects.id, 9_001)).get());
  });
});
