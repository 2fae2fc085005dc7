import { expect, test } from 'vitest';
import { csvChunks } from '@tianshan/csv/write';
import type { TimelineFilter } from '@tianshan/model';
import type { Db } from '../client';
import type { Database } from '../database';
import { describeOnEachDatabase } from '../testing/each-database';
import type { PortableExport } from './export-query';
import { exportRows } from './export-rows';
import { sourceListExport } from './reference-exports';
import { timelineDensityExport } from './timeline-density-export';

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
  ['sources found', sourceListExport({ search: 'stat', grades: ['official-statistics'] })],
];

/** The file a download would send, as one string. */
async function csvOf(db: Database, portable: PortableExport): Promise<string> {
  let text = '';
  for await (const chunk of csvChunks(portable.columns, exportRows(db, portable))) text += chunk;
  return text;
}

/** A source whose cells a spreadsheet would run as formulas, unless the export neutralises them. */
const FORMULA_SOURCE = [
  `INSERT INTO sources (title, publisher, url, published_on) VALUES ('=HYPERLINK("http://example.com")', '+cmd', '@sum', '2019-07')`,
];

function sourceOf(source: Db | null): Db {
  if (!source) throw new Error('the exports need the seeded database');
  return source;
}

describeOnEachDatabase(
  'exports written once',
  (database) => {
    test('a source made to look like a formula is in both databases', async () => {
      const { db, source, query } = database();
      for (const statement of FORMULA_SOURCE) {
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
      for (const portable of [timelineDensityExport({}), sourceListExport({})])
        expect((await csvOf(db, portable)).split('\n').length).toBeGreaterThan(10);
    });

    test('formula-like cells are neutralised and counts written as plain numbers', async () => {
      const { db } = database();
      const csv = await csvOf(db, sourceListExport({ search: 'HYPERLINK' }));
      expect(csv).not.toMatch(/(^|,)"?[=+@]/m);
      expect(csv).toMatch(/,0\r?\n?$/);
    });
  },
  { seed: true },
);
