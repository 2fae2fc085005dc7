import { expect, test } from 'vitest';
import { csvChunks } from '@tianshan/csv/write';
import type { TimelineFilter } from '@tianshan/model';
import type { Db } from '../client';
import type { Database } from '../database';
import { describeOnEachDatabase } from '../testing/each-database';
import type { PortableExport } from './export-query';
import { exportRows } from './export-rows';
import { investmentChartExport } from './investment-chart-export';
import { indicatorExport, sourceListExport } from './reference-exports';
import { timelineDensityExport } from './timeline-density-export';
import { tradeExport } from './trade-export';

const DENSITY_FILTERS: TimelineFilter[] = [
  {},
  { milestoneKinds: ['construction-start'] },
  { countries: ['KZ'], from: '2015', to: '2024' },
  { search: 'rail' },
  { sectors: ['energy'], eventKinds: ['summit'] },
];

const EXPORTS: [string, PortableExport][] = [
  ...DENSITY_FILTERS.map((f): [string, PortableExport] => [
    `density ${JSON.stringify(f)}`,
    timelineDensityExport(f),
  ]),
  ['sources', sourceListExport({})],
  ['investment chart', investmentChartExport({})],
  ['investment chart, amounts of KZ', investmentChartExport({ unit: 'usd', countries: ['KZ'] })],
  ['indicators', indicatorExport({})],
  ['trade', tradeExport({ productCode: 'all' })],
  ['trade of KZ and UZ by China', tradeExport({ countries: ['KZ', 'UZ'], reporters: ['CN'] })],
  ['indicators found', indicatorExport({ countries: ['KZ'], search: 'GDP' })],
  ['sources found', sourceListExport({ search: 'stat', grades: ['official-statistics'] })],
];

/** The file a download would send, as one string. */
async function csvOf(db: Database, portable: PortableExport): Promise<string> {
  let text = '';
  for await (const chunk of csvChunks(portable.columns, exportRows(db, portable))) text += chunk;
  return text;
}

/**
 * A source whose cells a spreadsheet would run as formulas, unless the export neutralises them, cited as
 * the second source of the first indicator (the seed cites each record once), so its JSON is compared too.
 */
const ADDED = [
  `INSERT INTO sources (title, publisher, url, published_on) VALUES ('=HYPERLINK("http://example.com")', '+cmd', '@sum', '2019-07')`,
  `INSERT INTO citations (source_id, record_kind, record_id, quote)
    SELECT (SELECT max(id) FROM sources), 'indicator', min(id), 'Ürümqi: "quoted", 5% \\ done'
    FROM indicators WHERE deleted_at IS NULL`,
];

function sourceOf(source: Db | null): Db {
  if (!source) throw new Error('the exports need the seeded database');
  return source;
}

describeOnEachDatabase(
  'exports written once',
  (database) => {
    test('a formula-like source, citing a record as its second source, is in both databases', async () => {
      const { db, source, query } = database();
      for (const statement of ADDED) {
        await query(statement);
        if (source && source !== db) source.$client.exec(statement);
      }
    });

    test.each(EXPORTS)('%s: the same bytes as from the SQLite file', async (_, portable) => {
      const { db, source } = database();
      expect(await csvOf(db, portable)).toBe(await csvOf(sourceOf(source), portable));
    });

    test('the unfiltered exports have rows', async () => {
      const { db } = database();
      for (const portable of [
        timelineDensityExport({}),
        sourceListExport({}),
        investmentChartExport({}),
        indicatorExport({}),
      ])
        expect((await csvOf(db, portable)).split('\n').length).toBeGreaterThan(10);
    });

    test('records cited more than once carry their further sources as JSON', async () => {
      const { db } = database();
      const csv = await csvOf(db, indicatorExport({}));
      expect(csv).toMatch(/\[\{""title"":""=HYPERLINK/);
    });

    test('formula-like cells are neutralised and counts written as plain numbers', async () => {
      const { db } = database();
      const csv = await csvOf(db, sourceListExport({ search: 'HYPERLINK' }));
      expect(csv).not.toMatch(/(^|,)"?[=+@]/m);
      expect(csv).toMatch(/,1\r?\n?$/);
    });
  },
  { seed: true },
);
