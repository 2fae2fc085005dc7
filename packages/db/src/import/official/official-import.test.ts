import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../testing';
import { describeOnEachDatabase } from '../../testing/each-database';
import { commitOn } from '../import-test-support';
import { previewOfficialImport, type OfficialImportOptions } from './official-preview';

const fixture = (name: string) =>
  readFileSync(path.join(import.meta.dirname, 'fixtures', name), 'utf8');
const bytes = (text: string) => [Buffer.from(text, 'utf8')];
const actor = { userId: 'u-editor', label: 'editor@example.org' };
const SOURCE: OfficialImportOptions = {
  query: 'C/A/HS 156,398 TOTAL,27 1996',
  retrievedOn: '2026-11-20',
};

const test = createTestDatabase({ seed: false });
afterAll(() => test.close());
const db = test.db;

describeOnEachDatabase(
  'official statistics import',
  (database) => {
    const db = () => database().db;
    const orNumber = (value: unknown) => (value === null ? null : Number(value));
    /** The stored reports, ordered by reporter, product (none first) and period, by code point on both. */
    const reports = async (where: string) => {
      const rows = await database().query<Record<string, unknown>>(
        `SELECT scope, year, period, reporter, product_code AS product, total_usd AS total,
        china_exports_usd AS exports, china_imports_usd AS imports FROM trade_reports
        WHERE deleted_at IS NULL AND ${where}`,
      );
      const key = (r: Record<string, unknown>) =>
        [r.reporter, r.product ?? '', r.period].map(String).join('\u0000');
      return rows
        .map((r) => ({
          ...r,
          year: orNumber(r.year),
          total: orNumber(r.total),
          exports: orNumber(r.exports),
          imports: orNumber(r.imports),
        }))
        .sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
    };

    it('maps a Comtrade CSV: whose figure, which side of China’s trade, totals and product rows', async () => {
      const preview = await previewOfficialImport(
        db(),
        'comtrade-fixture-annual.csv',
        bytes(fixture('comtrade-fixture-annual.csv')),
        SOURCE,
      );
      expect(preview.errors).toEqual([]);
      expect(preview.official).toMatchObject({ format: 'comtrade', rowsRead: 8, figures: 4 });
      expect(preview.official.skipped).toEqual([
        { reason: 'RX rows (already counted in X and M)', count: 1 },
      ]);
      expect(preview.counts).toMatchObject({ additions: 4, changes: 0, invalid: 0 });
      expect(preview.additions.map((a) => a.line)).toEqual([2, 4, 7, 9]);
      await commitOn(db(), preview.importId, actor);
      expect(await reports('year = 1996')).toEqual([
        {
          scope: 'KZ',
          year: 1996,
          period: 'FY',
          reporter: 'CN',
          product: null,
          total: 333_000_000,
          exports: 111_000_000,
          imports: 222_000_000,
        },
        {
          scope: 'KZ',
          year: 1996,
          period: 'FY',
          reporter: 'CN',
          product: '27',
          total: 110_000_001,
          exports: 11_000_000,
          imports: 99_000_001,
        },
        // Kazakhstan's exports to China are China's imports as Kazakhstan counts them.
        {
          scope: 'KZ',
          year: 1996,
          period: 'FY',
          reporter: 'KZ',
          product: null,
          total: 370_000_000,
          exports: 120_000_000,
          imports: 250_000_000,
        },
        {
          scope: 'KZ',
          year: 1996,
          period: 'FY',
          reporter: 'KZ',
          product: '85',
          total: null,
          exports: 30_000_000,
          imports: null,
        },
      ]);
      const source = await database().query(
        `SELECT title, publisher, url, accessed_on AS "accessedOn" FROM sources WHERE title LIKE 'UN Comtrade:%'`,
      );
      expect(source).toEqual([
        {
          title: 'UN Comtrade: C/A/HS 156,398 TOTAL,27 1996',
          publisher: 'United Nations Statistics Division',
          url: 'https://comtradeplus.un.org/#query=C%2FA%2FHS+156%2C398+TOTAL%2C27+1996&retrieved=2026-11-20',
          accessedOn: '2026-11-20',
        },
      ]);
    });

    it('a later download of the same query is a revision: old → new per figure, nothing duplicated', async () => {
      const revised = fixture('comtrade-fixture-annual.csv').replace(
        ',111000000.40,',
        ',115000000,',
      );
      const preview = await previewOfficialImport(db(), 'TradeData_later.csv', bytes(revised), {
        ...SOURCE,
        retrievedOn: '2026-12-01',
      });
      expect(preview.errors).toEqual([]);
      expect(preview.counts).toMatchObject({ additions: 0, changes: 1, unchanged: 3 });
      expect(preview.changes[0]).toMatchObject({
        line: 2,
        fields: [
          { field: 'totalUsd', from: 333_000_000, to: 337_000_000 },
          { field: 'chinaExportsUsd', from: 111_000_000, to: 115_000_000 },
        ],
      });
      await commitOn(db(), preview.importId, actor);
      expect(
        await reports("year = 1996 AND reporter = 'CN' AND product_code IS NULL"),
      ).toHaveLength(1);
    });

    it('reads the Comtrade JSON answer as a stream: monthly figures land on their month', async () => {
      const preview = await previewOfficialImport(
        db(),
        'kg.json',
        bytes(fixture('comtrade-fixture-monthly.json')),
        { ...SOURCE, query: 'C/M/HS 156,417 1997' },
      );
      expect(preview.errors).toEqual([]);
      await commitOn(db(), preview.importId, actor);
      expect(await reports("scope = 'KG' AND year = 1997")).toEqual([
        {
          scope: 'KG',
          year: 1997,
          period: 'Apr',
          reporter: 'CN',
          product: null,
          total: null,
          exports: 4_200_000,
          imports: null,
        },
        {
          scope: 'KG',
          year: 1997,
          period: 'Mar',
          reporter: 'CN',
          product: null,
          total: 4_300_000,
          exports: 3_100_000,
          imports: 1_200_000,
        },
      ]);
    });

    it('reads an IMF IMTS CSV: the scale applies, the balance is left out, the month is the month', async () => {
      const preview = await previewOfficialImport(
        db(),
        'imts.csv',
        bytes(fixture('imts-fixture.csv')),
        { query: 'IMTS UZB.*.CHN', retrievedOn: '2026-11-21' },
      );
      expect(preview.errors).toEqual([]);
      expect(preview.official.format).toBe('imf-imts');
      expect(preview.official.skipped).toEqual([
        { reason: 'TBG_USD rows (a balance, derived from exports and imports)', count: 1 },
      ]);
      await commitOn(db(), preview.importId, actor);
      expect(await reports("scope = 'UZ' AND year = 1998")).toEqual([
        {
          scope: 'UZ',
          year: 1998,
          period: 'FY',
          reporter: 'UZ',
          product: null,
          total: 100_750_000,
          exports: 60_250_000,
          imports: 40_500_000,
        },
        {
          scope: 'UZ',
          year: 1998,
          period: 'Feb',
          reporter: 'UZ',
          product: null,
          total: null,
          exports: null,
          imports: 3_500_000,
        },
      ]);
    });

    it('flags where an official figure disagrees with a media figure already stored', async () => {
      const { query, count } = database();
      await query(
        `INSERT INTO sources (title, url) VALUES ('A newspaper', 'https://example.org/news-1999')`,
      );
      const sourceId = await count(
        `SELECT id FROM sources WHERE url = 'https://example.org/news-1999'`,
      );
      await query(
        `INSERT INTO trade_reports (scope, year, period, period_kind, period_end_month, reporter, total_usd, qualifier)
       VALUES ('UZ', 1999, 'FY', 'year', 12, 'UZ', 200000000, 'about')`,
      );
      const recordId = await count(`SELECT max(id) FROM trade_reports`);
      await query(
        `INSERT INTO citations (source_id, record_kind, record_id) VALUES ($1, 'trade-report', $2)`,
        [sourceId, recordId],
      );
      const file = fixture('imts-fixture.csv')
        .replace(/,1998,/g, ',1999,')
        .replace(/1998-M02/, '1999-M02');
      const preview = await previewOfficialImport(db(), 'imts-1999.csv', bytes(file), {
        query: 'IMTS UZB 1999',
        retrievedOn: '2026-11-21',
      });
      expect(preview.counts.invalid).toBe(0);
      expect(preview.official.disagreements).toEqual([
        expect.objectContaining({
          line: 2,
          field: 'totalUsd',
          official: 100_750_000,
          stored: 200_000_000,
          source: 'A newspaper',
          recordId,
        }),
      ]);
    });
  },
  { seed: false },
);

describe('a bad official file is refused whole, each problem named by line and column', () => {
  const annual = fixture('comtrade-fixture-annual.csv');
  const lines = annual.split('\n');
  const withLine = (index: number, edit: (line: string) => string) =>
    lines.map((l, i) => (i === index ? edit(l) : l)).join('\n');
  const cases: [string, string, string, string][] = [
    [
      'another partner',
      withLine(1, (l) => l.replace(',398,KAZ,', ',643,RUS,')),
      'partnerCode',
      'is not Kazakhstan',
    ],
    [
      'another reporter',
      withLine(6, (l) => l.replace(',398,KAZ,', ',643,RUS,')),
      'reporterCode',
      'neither China',
    ],
    [
      'an unknown flow',
      withLine(2, (l) => l.replace(',M,', ',Q,')),
      'flowCode',
      'unknown code "Q"',
    ],
    [
      'an unknown commodity code',
      withLine(3, (l) => l.replace(',27,', ',AG2,')),
      'cmdCode',
      'unknown code "AG2"',
    ],
    [
      'an unknown frequency',
      withLine(1, (l) => l.replace('C,A,', 'C,Q,')),
      'freqCode',
      'unknown code "Q"',
    ],
    [
      'a missing value',
      withLine(4, (l) => l.replace(/,[\d.]+,0,TRUE,FALSE$/, ',,0,TRUE,FALSE')),
      'primaryValue',
      'missing',
    ],
    [
      'a mixed classification',
      withLine(7, (l) => l.replace(',H0,', ',H5,')),
      'classificationCode',
      'mixed classification',
    ],
    [
      'a non-HS classification',
      withLine(1, (l) => l.replace(',H0,', ',S4,')),
      'classificationCode',
      'only HS',
    ],
    [
      'a breakdown by transport mode',
      withLine(8, (l) => l.replace(',0,TOTAL MOT,', ',1000,Air,')),
      'motCode',
      'breakdown',
    ],
  ];
  it.each(cases)('%s', async (_name, file, column, words) => {
    const line = file.split('\n').findIndex((l, i) => l !== lines[i]) + 1;
    const preview = await previewOfficialImport(db, 'bad.csv', bytes(file), SOURCE);
    expect(preview.importId).toBeNull();
    expect(preview.errors).toEqual([expect.objectContaining({ line, column })]);
    expect(preview.errors[0]?.message).toContain(`line ${line}`);
    expect(preview.errors[0]?.message).toContain(words);
  });

  it('a flow given twice names both lines', async () => {
    const preview = await previewOfficialImport(
      db,
      'twice.csv',
      bytes(`${annual}${lines[1]}\n`),
      SOURCE,
    );
    expect(preview.importId).toBeNull();
    expect(preview.errors[0]?.message).toMatch(/line 10, column flowCode: .*already on line 2/);
  });

  it('IMF: an unknown indicator, a missing value and mixed import valuations', async () => {
    const imts = fixture('imts-fixture.csv')
      .replace('UZB,XG_FOB_USD,CHN,M,1998-M02,3.5', 'UZB,XG_FOB_USD,CHN,M,1998-M02,NaN')
      .concat(
        'IMTS,x,OBS_VALUE,UZB,MG_FOB_USD,CHN,A,1997,1,6,\nIMTS,x,OBS_VALUE,UZB,PXP_IX,CHN,A,1997,1,0,\n',
      );
    const preview = await previewOfficialImport(db, 'bad-imts.csv', bytes(imts), {
      query: 'q',
      retrievedOn: '2026-11-21',
    });
    expect(preview.importId).toBeNull();
    expect(preview.errors.map((e) => [e.line, e.column])).toEqual([
      [5, 'OBS_VALUE'],
      [6, 'INDICATOR'],
      [7, 'INDICATOR'],
    ]);
    expect(preview.errors[1]?.message).toContain('mixed classification');
  });

  it('JSON records are named by number, and a file of neither kind is refused', async () => {
    const json = fixture('comtrade-fixture-monthly.json').replace(
      /"partnerCode": ?417/,
      '"partnerCode":0',
    );
    const bad = await previewOfficialImport(db, 'bad.json', bytes(json), SOURCE);
    expect(bad.errors).toEqual([expect.objectContaining({ line: 1, column: 'partnerCode' })]);
    const other = await previewOfficialImport(db, 'x.csv', bytes('a,b\n1,2\n'), SOURCE);
    expect(other.fatal).toBe(true);
    const noDate = await previewOfficialImport(db, 'a.csv', bytes(annual), {
      query: 'q',
      retrievedOn: '20 Nov',
    });
    expect(noDate.errors).toEqual([expect.objectContaining({ column: 'retrievedOn' })]);
  });

  it('writes nothing for a refused file', async () => {
    const before = db.$client.prepare('SELECT count(*) FROM trade_reports').pluck().get();
    await previewOfficialImport(db, 'bad.csv', bytes(cases[0]?.[1] ?? ''), SOURCE);
    expect(db.$client.prepare('SELECT count(*) FROM trade_reports').pluck().get()).toBe(before);
  });
});
