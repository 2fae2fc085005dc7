import { copyFileSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { statusOf } from '@tianshan/model';
import { afterAll, describe, expect, it } from 'vitest';
import { seedDataFolder } from '../env';
import { ForeignDatabaseError, openOwnedDatabase, seedOnce } from '../setup';
import { createTestDatabase } from '../testing';
import { seedDataset } from './seed';
import {
  ADDITION_RECORD_FILES,
  readSeedFile,
  SEED_RECORD_FILES,
  STARTER_RECORD_FILES,
  type RecordFile,
} from './seed-files';

const test = createTestDatabase();
afterAll(() => test.close());
const all = <T>(sql: string, ...params: unknown[]) =>
  test.db.$client.prepare(sql).all(...params) as T[];
const one = <T>(sql: string, ...params: unknown[]) =>
  test.db.$client.prepare(sql).get(...params) as T;
const count = (table: string) => one<{ n: number }>(`SELECT count(*) AS n FROM ${table}`).n;

const CITED_TABLES = [
  ['trade_reports', 'trade-report'],
  ['investments', 'investment'],
  ['projects', 'project'],
  ['project_fact_reports', 'project-fact'],
  ['milestones', 'milestone'],
  ['events', 'event'],
  ['indicators', 'indicator'],
] as const;

const TABLE_OF_KIND = Object.fromEntries(CITED_TABLES.map(([table, kind]) => [kind, table]));

/** How many rows the seed files hold for each table, counted from the files themselves. */
function rowsPerTable(files: readonly RecordFile[]): Record<string, number> {
  const perTable: Record<string, number> = Object.fromEntries(CITED_TABLES.map(([t]) => [t, 0]));
  for (const { file, kind } of files) {
    const table = TABLE_OF_KIND[kind] ?? kind;
    perTable[table] = (perTable[table] ?? 0) + readSeedFile(seedDataFolder(), file).length;
  }
  return perTable;
}

describe('the seed', () => {
  it('loads every starter row and every addition', () => {
    const expected = rowsPerTable(SEED_RECORD_FILES);
    const actual = Object.fromEntries(CITED_TABLES.map(([table]) => [table, count(table)]));
    expect(actual).toEqual(expected);
    // The additions really add: each table with an addition file grew beyond the starter set.
    const starter = rowsPerTable(STARTER_RECORD_FILES);
    for (const { kind } of ADDITION_RECORD_FILES) {
      const table = TABLE_OF_KIND[kind] ?? kind;
      expect(actual[table]).toBeGreaterThan(starter[table] ?? 0);
    }
  });

  it.each(CITED_TABLES)(
    'gives every row of %s at least one citation of a titled source',
    (table, kind) => {
      const uncited = all(
        `SELECT id FROM ${table} t WHERE NOT EXISTS (SELECT 1 FROM citations c WHERE c.record_kind = ? AND c.record_id = t.id)`,
        kind,
      );
      expect(uncited).toEqual([]);
      expect(
        one<{ n: number }>(
          `SELECT count(*) AS n FROM citations c JOIN sources s ON s.id = c.source_id WHERE c.record_kind = ? AND trim(s.title) = ''`,
          kind,
        ).n,
      ).toBe(0);
    },
  );

  it('deduplicates sources and keeps the five articles, the paper without a URL included', () => {
    expect(
      all(`SELECT url FROM sources WHERE url IS NOT NULL GROUP BY url HAVING count(*) > 1`),
    ).toEqual([]);
    expect(
      one<{ n: number }>(
        `SELECT count(*) AS n FROM sources WHERE url = 'https://www.bjreview.com/World/202506/t20250623_800405691.html'`,
      ).n,
    ).toBe(1);
    const withoutUrl = all<{ title: string }>(`SELECT title FROM sources WHERE url IS NULL`);
    expect(withoutUrl.map((s) => s.title).join(' ')).toMatch(/China and Kazakhstan Join Hands/);
    expect(withoutUrl).toHaveLength(1);
  });

  it('keeps the precision each source gave', () => {
    expect(
      one<{ started_on: string }>(
        `SELECT started_on FROM projects WHERE name = 'China-Kyrgyzstan-Uzbekistan Railway'`,
      ).started_on,
    ).toBe('2024-12-27');
    expect(
      one<{ started_on: string }>(
        `SELECT started_on FROM projects WHERE name = 'Central Asia-China Gas Pipeline Line C'`,
      ).started_on,
    ).toBe('2012-09');
    expect(all<{ date: string }>(`SELECT date FROM events`).map((e) => e.date)).toContain('2002');
    // "c.2013" is kept as stated, with only its year as the sortable date.
    expect(
      one<{ published_on: string; published_label: string }>(
        `SELECT published_on, published_label FROM sources WHERE published_label = 'c.2013'`,
      ),
    ).toEqual({ published_on: '2013', published_label: 'c.2013' });
  });

  it('keeps bounds as bounds and original currencies as stated', () => {
    const kz2024 = all<{ total_usd: number; qualifier: string }>(
      `SELECT total_usd, qualifier FROM trade_reports WHERE scope = 'KZ' AND year = 2024 AND reporter = 'CN' AND period = 'FY' ORDER BY total_usd`,
    );
    expect(kz2024).toEqual([
      { total_usd: 43_820_000_000, qualifier: 'exact' },
      { total_usd: 44_000_000_000, qualifier: 'more-than' },
    ]);
    expect(
      one(
        `SELECT amount_usd, amount_original, currency FROM investments WHERE metric_kind = 'grant'`,
      ),
    ).toEqual({ amount_usd: 209_000_000, amount_original: '1500000000', currency: 'CNY' });
  });

  it('keeps C5 rows apart and consistent with the five countries (2024: 94.82 bn)', () => {
    const c5 = one<{ total_usd: number }>(
      `SELECT total_usd FROM trade_reports WHERE scope = 'C5' AND year = 2024 AND reporter = 'CN' AND period = 'FY' AND qualifier = 'exact'`,
    );
    // One exact China-customs figure per country; Kazakhstan also has an "exceeded 44 bn" bound and
    // Kyrgyzstan a second outlet's identical 22.71 bn, which must not be counted twice.
    const perCountry = all<{ scope: string; total: number }>(
      `SELECT scope, max(total_usd) AS total FROM trade_reports WHERE scope != 'C5' AND year = 2024 AND reporter = 'CN' AND period = 'FY' AND qualifier = 'exact' GROUP BY scope`,
    );
    expect(perCountry).toHaveLength(5);
    expect(perCountry.reduce((s, r) => s + r.total, 0)).toBe(c5.total_usd);
    expect(c5.total_usd).toBe(94_820_000_000);
  });

  it('is idempotent', () => {
    const before = count('trade_reports') + count('sources') + count('citations');
    expect(seedOnce(test.db)).toEqual({ seeded: false });
    expect(count('trade_reports') + count('sources') + count('citations')).toBe(before);
  });
});

// Some of these seed a database of their own inside the test: seconds on a busy machine.
describe('seeding safety', { timeout: 60_000 }, () => {
  it('classifies every status that occurs in the seeded projects', () => {
    const rows = SEED_RECORD_FILES.filter((f) => f.kind === 'project').flatMap(({ file }) =>
      readSeedFile(seedDataFolder(), file),
    );
    const unclassified = rows
      .filter((r) => statusOf(r.values.status ?? '') === null)
      .map((r) => r.values.status);
    expect(unclassified).toEqual([]);
  });

  it('refuses a bad cell naming the file, line and column', () => {
    const folder = mkdtempSync(path.join(os.tmpdir(), 'tianshan-badseed-'));
    for (const f of readdirSync(seedDataFolder()))
      if (f.endsWith('.csv')) copyFileSync(path.join(seedDataFolder(), f), path.join(folder, f));
    const trade = readFileSync(path.join(folder, 'trade.csv'), 'utf8').replace(
      /^(C5,2009,FY,)23740000000,/m,
      '$1-5,',
    );
    writeFileSync(path.join(folder, 'trade.csv'), trade);
    const fresh = createTestDatabase({ seed: false });
    try {
      expect(() => seedDataset(fresh.db, { folder })).toThrow(
        /^trade\.csv line 3, column total_usd: cannot be negative$/,
      );
    } finally {
      fresh.close();
    }
  });

  it('refuses a database it did not create and leaves it untouched', () => {
    const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'tianshan-foreign-')), 'theirs.db');
    const theirs = new Database(file);
    theirs.exec(
      `CREATE TABLE invoices (id INTEGER PRIMARY KEY, amount INTEGER); INSERT INTO invoices (amount) VALUES (42);`,
    );
    theirs.close();
    expect(() => openOwnedDatabase(file)).toThrow(ForeignDatabaseError);
    const after = new Database(file);
    expect(
      after.prepare(`SELECT name FROM sqlite_master WHERE type = 'table'`).pluck().all(),
    ).toEqual(['invoices']);
    expect(after.prepare(`SELECT amount FROM invoices`).pluck().get()).toBe(42);
    after.close();
  });

  it('rolls the whole seed back when a row is bad, naming the file and line', () => {
    const folder = mkdtempSync(path.join(os.tmpdir(), 'tianshan-badseed-'));
    for (const f of readdirSync(seedDataFolder()))
      if (f.endsWith('.csv')) copyFileSync(path.join(seedDataFolder(), f), path.join(folder, f));
    const milestones = readFileSync(path.join(folder, 'milestones.csv'), 'utf8').split('\r\n');
    milestones[5] = milestones[5]?.replace(/^[^,]+/, 'No Such Project') ?? '';
    writeFileSync(path.join(folder, 'milestones.csv'), milestones.join('\r\n'));

    const fresh = createTestDatabase({ seed: false });
    try {
      expect(() => seedDataset(fresh.db, { folder })).toThrow(
        /milestones\.csv line 6, column project_name: no project named "No Such Project"/,
      );
      const n = (t: string) =>
        fresh.db.$client.prepare(`SELECT count(*) FROM ${t}`).pluck().get() as number;
      expect([
        n('trade_reports'),
        n('projects'),
        n('sources'),
        n('citations'),
        n('audit_log'),
        n('seed_rows'),
      ]).toEqual([0, 0, 0, 0, 0, 0]);
    } finally {
      fresh.close();
    }
  });
});
