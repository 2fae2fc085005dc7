import { afterAll, describe, expect, it } from 'vitest';
import { seedDataFolder } from '../env';
import { preferredTradeFigures } from '../queries/trade';
import { createTestDatabase } from '../testing';
import { ADDITION_RECORD_FILES, readSeedFile } from './seed-files';
import { seedKeyOf } from './seed-keys';

const test = createTestDatabase();
afterAll(() => test.close());
const all = <T>(sql: string, ...params: unknown[]) =>
  test.db.$client.prepare(sql).all(...params) as T[];
const one = <T>(sql: string, ...params: unknown[]) =>
  test.db.$client.prepare(sql).get(...params) as T;

describe('the additions in the seed', () => {
  it.each(ADDITION_RECORD_FILES.map((f) => [f.file, f] as const))(
    'cites every row of %s with its quote, as the file gives it',
    (_name, { file, kind }) => {
      const rows = readSeedFile(seedDataFolder(), file);
      expect(rows.length).toBeGreaterThan(0);
      for (const { line, values } of rows) {
        const cited = all<{ quote: string | null; url: string | null; title: string }>(
          `SELECT c.quote, s.url, s.title FROM seed_rows r
             JOIN citations c ON c.record_kind = r.record_kind AND c.record_id = r.record_id
             JOIN sources s ON s.id = c.source_id
           WHERE r.key = ?`,
          seedKeyOf(file, values),
        );
        expect({ line, cited }).toEqual({
          line,
          cited: [expect.objectContaining({ quote: (values.quote ?? '').trim() })],
        });
        expect(cited[0]?.quote).not.toBe('');
        expect(
          one<{ kind: string }>(
            `SELECT record_kind AS kind FROM seed_rows WHERE key = ?`,
            seedKeyOf(file, values),
          ).kind,
        ).toBe(kind);
      }
    },
  );

  it('keeps approximate and missing publication dates as stated, without inventing a day', async () => {
    expect(
      one(
        `SELECT published_on, published_label FROM sources WHERE url = 'https://www.intellinews.com/china-s-trade-surplus-with-central-asia-grows-in-2025-415366'`,
      ),
    ).toEqual({ published_on: '2025-12', published_label: 'c.2025-12' });
    const notStated = all<{ published_on: string | null; published_label: string }>(
      `SELECT published_on, published_label FROM sources WHERE published_label IN ('not stated', 'n.d.')`,
    );
    expect(notStated.length).toBeGreaterThan(0);
    for (const s of notStated) expect(s.published_on).toBeNull();
  });

  it('keeps a described page as described, and the five-country 2005 bound as less than', async () => {
    const described = all<{ title: string }>(
      `SELECT title FROM sources WHERE title LIKE '%(described; the page headline was not recorded)'`,
    );
    expect(described.length).toBeGreaterThan(0);
    expect(
      one(
        `SELECT total_usd, qualifier FROM trade_reports WHERE scope = 'C5' AND year = 2005 AND period = 'FY'`,
      ),
    ).toEqual({ total_usd: 8_000_000_000, qualifier: 'less-than' });
  });

  it('attaches new milestones to the projects announced in the additions', async () => {
    const names = new Set(
      readSeedFile(seedDataFolder(), 'projects-2026').map((r) => r.values.name ?? ''),
    );
    const milestones = readSeedFile(seedDataFolder(), 'milestones-2026').filter((r) =>
      names.has(r.values.project_name ?? ''),
    );
    expect(milestones.length).toBeGreaterThan(0);
    for (const { values } of milestones)
      expect(
        one<{ name: string }>(
          `SELECT p.name FROM seed_rows r JOIN milestones m ON m.id = r.record_id JOIN projects p ON p.id = m.project_id WHERE r.key = ?`,
          seedKeyOf('milestones-2026', values),
        ).name,
      ).toBe(values.project_name);
  });

  it('keeps disagreeing figures as reports of one figure (Kazakhstan 2013: 28.5 and 28.6 bn)', async () => {
    const kz2013 = (
      await preferredTradeFigures(test.db, {
        countries: ['KZ'],
        yearFrom: 2013,
        yearTo: 2013,
        reporters: ['CN'],
      })
    ).find((f) => f.period === 'FY');
    const reported = [kz2013, ...(kz2013?.alternatives ?? [])].map((r) => r?.totalUsd);
    expect(reported).toEqual(expect.arrayContaining([28_500_000_000, 28_600_000_000]));
  });
});
