import { expect, test } from 'vitest';
import { readCsvText } from '@tianshan/csv/read';
import { csvChunks } from '@tianshan/csv/write';
import type { TimelineFilter } from '@tianshan/model';
import type { Db } from '../client';
import type { Database } from '../database';
import { tradeCoverage } from '../queries/trade-coverage';
import { describeOnEachDatabase } from '../testing/each-database';
import { COVERAGE_CSV_COLUMNS, coverageCsvRows } from './coverage-export';
import type { ExportColumn, PortableExport } from './export-query';
import { exportRows } from './export-rows';
import { investmentChartExport } from './investment-chart-export';
import { investmentExport } from './investment-export';
import { projectExport } from './project-export';
import { projectLanesExport } from './project-lanes-export';
import {
  eventExport,
  indicatorExport,
  milestoneExport,
  sourceListExport,
} from './reference-exports';
import { timelineDensityExport } from './timeline-density-export';
import { timelineExport } from './timeline-export';
import { tradeExport } from './trade-export';

/** A fixed day, so what the lanes call planned does not move with the clock. */
const TODAY = '2026-11-26';

const DENSITY_FILTERS: TimelineFilter[] = [
  {},
  { milestoneKinds: ['construction-start'] },
  { countries: ['KZ'], from: '2015', to: '2024' },
  { search: 'rail' },
  { sectors: ['energy'], eventKinds: ['summit'] },
];

const TIMELINE_FILTERS: TimelineFilter[] = [
  {},
  { countries: ['KZ'], from: '2015', to: '2024' },
  { sectors: ['transport'] },
  { eventKinds: ['summit'] },
  { milestoneKinds: ['construction-start'], eventKinds: ['summit'] },
  { search: 'rail' },
  { countries: ['KG', 'TJ'], from: '2019-05' },
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
  ['investments', investmentExport({})],
  [
    'investments of KZ and UZ, FDI since 2015',
    investmentExport({
      countries: ['KZ', 'UZ'],
      metricKinds: ['fdi-stock', 'fdi-flow'],
      yearFrom: 2015,
    }),
  ],
  ['investments found', investmentExport({ search: 'bank' })],
  ['projects', projectExport({})],
  ['projects by name, last first', projectExport({ sort: 'name', dir: 'desc' })],
  [
    'energy projects of KZ by value',
    projectExport({ countries: ['KZ'], sectors: ['energy'], sort: 'value', dir: 'desc' }),
  ],
  ['projects by start', projectExport({ sort: 'start' })],
  ['projects by status', projectExport({ sort: 'status', dir: 'desc' })],
  ['projects delayed, by completion', projectExport({ delayed: true, sort: 'completion' })],
  ['projects found', projectExport({ search: 'hyperlink' })],
  ['lanes', projectLanesExport({}, TODAY)],
  ['lanes of KG by start', projectLanesExport({ countries: ['KG'], sort: 'start' }, TODAY)],
  ['lanes of the added project', projectLanesExport({ search: 'HYPERLINK' }, TODAY)],
  ...TIMELINE_FILTERS.map((f): [string, PortableExport] => [
    `timeline ${JSON.stringify(f)}`,
    timelineExport(f),
  ]),
  ['milestones', milestoneExport()],
  ['events', eventExport()],
];

type Rows = AsyncIterable<Record<string, unknown>> | Iterable<Record<string, unknown>>;

/** The file a download would send, as one string. */
async function csvOf(columns: readonly ExportColumn[], rows: Rows): Promise<string> {
  let text = '';
  for await (const chunk of csvChunks(columns, rows)) text += chunk;
  return text;
}

function exportCsv(db: Database, portable: PortableExport): Promise<string> {
  return csvOf(portable.columns, exportRows(db, portable));
}

/**
 * A source whose cells a spreadsheet would run as formulas, unless the export neutralises them, cited as
 * the second source of the first indicator (the seed cites each record once), so its JSON is compared too.
 * Then a project, a milestone of it and an event written the same way, each in two countries (a country
 * list); the project's name starts in lower case, which code point order puts after every capitalised
 * name and English order among the a's, and its milestone is planned after TODAY.
 */
const ADDED = [
  `INSERT INTO sources (title, publisher, url, published_on) VALUES ('=HYPERLINK("http://example.com")', '+cmd', '@sum', '2019-07')`,
  `INSERT INTO citations (source_id, record_kind, record_id, quote)
    SELECT (SELECT max(id) FROM sources), 'indicator', min(id), 'Ürümqi: "quoted", 5% \\ done'
    FROM indicators WHERE deleted_at IS NULL`,
  `INSERT INTO projects (name, sector, status, started_on, value_usd, description)
    VALUES ('aral =HYPERLINK("http://example.com") link', 'energy', 'under-construction', '2019-05', 1500000, '=1+2, "quoted"')`,
  `INSERT INTO project_countries (project_id, country) SELECT max(id), 'UZ' FROM projects`,
  `INSERT INTO project_countries (project_id, country) SELECT max(id), 'KZ' FROM projects`,
  `INSERT INTO milestones (project_id, date, kind, description)
    SELECT max(id), '2031-04', 'construction-start', '+launch, "quoted"' FROM projects`,
  `INSERT INTO citations (source_id, record_kind, record_id, quote)
    SELECT (SELECT max(id) FROM sources), 'milestone', max(id), '@quote' FROM milestones`,
  `INSERT INTO events (date, kind, description) VALUES ('2019-05-18', 'summit', '@summit in Ürümqi')`,
  `INSERT INTO event_countries (event_id, country) SELECT max(id), 'TJ' FROM events`,
  `INSERT INTO event_countries (event_id, country) SELECT max(id), 'KG' FROM events`,
];

function sourceOf(source: Db | null): Db {
  if (!source) throw new Error('the exports need the seeded database');
  return source;
}

describeOnEachDatabase(
  'exports written once',
  (database) => {
    test('formula-like records, citing a record as its second source, are in both databases', async () => {
      const { db, source, query } = database();
      for (const statement of ADDED) {
        await query(statement);
        if (source && source !== db) source.$client.exec(statement);
      }
    });

    test.each(EXPORTS)('%s: the same bytes as from the SQLite file', async (_, portable) => {
      const { db, source } = database();
      expect(await exportCsv(db, portable)).toBe(await exportCsv(sourceOf(source), portable));
    });

    test('the coverage grid: the same bytes as from the SQLite file', async () => {
      const { db, source } = database();
      const grid = async (from: Database) =>
        csvOf(COVERAGE_CSV_COLUMNS, coverageCsvRows(await tradeCoverage(from, { today: TODAY })));
      expect(await grid(db)).toBe(await grid(sourceOf(source)));
    });

    test('the unfiltered exports have rows', async () => {
      const { db } = database();
      for (const portable of [
        timelineDensityExport({}),
        sourceListExport({}),
        investmentChartExport({}),
        indicatorExport({}),
        investmentExport({}),
        projectExport({}),
        projectLanesExport({}, TODAY),
        timelineExport({}),
        milestoneExport(),
        eventExport(),
      ])
        expect((await exportCsv(db, portable)).split('\n').length).toBeGreaterThan(10);
    });

    test('records cited more than once carry their further sources as JSON', async () => {
      const { db } = database();
      const csv = await exportCsv(db, indicatorExport({}));
      expect(csv).toMatch(/\[\{""title"":""=HYPERLINK/);
    });

    test('formula-like cells are neutralised and counts written as plain numbers', async () => {
      const { db } = database();
      const csv = await exportCsv(db, sourceListExport({ search: 'HYPERLINK' }));
      expect(csv).not.toMatch(/(^|,)"?[=+@]/m);
      // Cited by the indicator and the milestone added above.
      expect(csv).toMatch(/,2\r?\n?$/);
    });

    test('the added records: countries as KZ;UZ, formula-like text neutralised', async () => {
      const { db } = database();
      const projects = await exportCsv(db, projectExport({ search: 'HYPERLINK' }));
      expect(projects).toContain(`"aral =HYPERLINK(""http://example.com"") link"`);
      expect(projects).toContain(',KZ;UZ,');
      expect(projects).toContain(`"'=1+2, ""quoted"""`);
      const events = await exportCsv(db, eventExport());
      expect(events).toContain(`'@summit in Ürümqi`);
      expect(events).toContain(',KG;TJ,');
      const lanes = await exportCsv(db, projectLanesExport({ search: 'HYPERLINK' }, TODAY));
      expect(lanes).toContain(`"'+launch, ""quoted""",planned,`);
    });

    test('names are in code point order (a lower-case name after the capitalised ones)', async () => {
      const { db } = database();
      const names = readCsvText(await exportCsv(db, projectExport({}))).map((r) => r.values.name);
      expect(names).toContain(`aral =HYPERLINK("http://example.com") link`);
      expect(names).toEqual([...names].sort());
    });
  },
  { seed: true },
);
