import { expect, test } from 'vitest';
import { LISTED_KINDS, sortableFieldsOf, type ListedKind } from '@tianshan/model';
import type { Db } from '../client';
import { describeOnEachDatabase } from '../testing/each-database';
import { listAudit, recordHistory } from './audit';
import { citedRecords } from './cited-records';
import { findDuplicates } from './duplicates';
import { investmentChartPoints } from './investment-chart';
import type { Database } from './reader/reader';
import { listRecords } from './record-list';
import { timelineDensity } from './timeline-density';

type Read = [string, (db: Database) => Promise<unknown>];

const KINDS = Object.keys(LISTED_KINDS) as ListedKind[];

/** Every listed kind by id, by each sortable field both ways, searched, a later page, and its bin. */
const RECORD_LISTS: Read[] = KINDS.flatMap((kind): Read[] => {
  const base = {
    kind,
    search: '',
    sort: 'id',
    dir: 'asc',
    page: 1,
    pageSize: 25,
    deleted: false,
  } as const;
  return [
    [`${kind} list`, (db) => listRecords(db, base)],
    [`${kind} list, page 2`, (db) => listRecords(db, { ...base, page: 2 })],
    [`${kind} list, searched`, (db) => listRecords(db, { ...base, search: 'KAZ' })],
    [`${kind} bin`, (db) => listRecords(db, { ...base, deleted: true })],
    ...sortableFieldsOf(LISTED_KINDS[kind]).flatMap((sort): Read[] => [
      [`${kind} by ${sort}`, (db) => listRecords(db, { ...base, sort, pageSize: 100 })],
      [`${kind} by ${sort} desc`, (db) => listRecords(db, { ...base, sort, dir: 'desc' })],
    ]),
  ];
});

/** The reads of the charts, the workbench and the audit views beyond the list pages'. */
const READS: Read[] = [
  ['density', (db) => timelineDensity(db, {})],
  [
    'density of some kinds',
    (db) => timelineDensity(db, { milestoneKinds: ['construction-start'] }),
  ],
  ['density of events only', (db) => timelineDensity(db, { eventKinds: ['summit'] })],
  [
    'density filtered',
    (db) => timelineDensity(db, { countries: ['KZ'], from: '2015', to: '2024', search: 'rail' }),
  ],
  [
    'density of nothing',
    (db) => timelineDensity(db, { sectors: ['energy'], eventKinds: ['summit'] }),
  ],
  ['investment chart', (db) => investmentChartPoints(db, {})],
  [
    'investment chart, amounts',
    (db) => investmentChartPoints(db, { unit: 'usd', countries: ['KZ'] }),
  ],
  ['investment chart, counts', (db) => investmentChartPoints(db, { unit: 'count' })],
  [
    'what cites sources',
    (db) => Promise.all([1, 2, 3, 5, 8, 13, 21].map((id) => citedRecords(db, id))),
  ],
  [
    'duplicate trade reports',
    (db) =>
      findDuplicates(db, {
        kind: 'trade-report',
        scope: 'KZ',
        year: 2023,
        period: '2023',
        reporter: 'CN',
        flows: ['totalUsd'],
      }),
  ],
  [
    'duplicate investments',
    (db) =>
      findDuplicates(db, { kind: 'investment', scope: 'KZ', year: 2023, metricKind: 'fdi-stock' }),
  ],
  ['audit', (db) => listAudit(db, { limit: 50, offset: 0 })],
  [
    'audit filtered',
    (db) => listAudit(db, { action: 'create', from: '2000', to: '2100', limit: 10, offset: 5 }),
  ],
  ['history', (db) => Promise.all([1, 2, 3].map((id) => recordHistory(db, 'project', id)))],
  ...RECORD_LISTS,
];

function sourceOf(source: Db | null): Db {
  if (!source) throw new Error('these reads need the seeded database');
  return source;
}

describeOnEachDatabase(
  'the charts, workbench and audit reads',
  (database) => {
    test.each(READS)('%s reads the same as the SQLite file it came from', async (_, read) => {
      const { db, source } = database();
      expect(await read(db)).toEqual(await read(sourceOf(source)));
    });

    test('a project is found again however its name is spaced or cased', async () => {
      const { db } = database();
      const { rows } = await listRecords(db, {
        kind: 'project',
        sort: 'id',
        dir: 'asc',
        page: 1,
        pageSize: 1,
        deleted: false,
      });
      const name = String(rows[0]?.name);
      const respelled = ` ${name.toUpperCase().replaceAll(' ', '\t ')} `;
      const found = await findDuplicates(db, { kind: 'project', name: respelled });
      expect(found.map((d) => d.id)).toContain(rows[0]?.id);
    });

    test('the chart counts what the timeline lists; sources are cited and changes audited', async () => {
      const { db, count } = database();
      const density = await timelineDensity(db, {});
      const live = await count(
        `SELECT (SELECT count(*) FROM milestones m JOIN projects p ON p.id = m.project_id
          WHERE m.deleted_at IS NULL AND p.deleted_at IS NULL)
          + (SELECT count(*) FROM events WHERE deleted_at IS NULL)`,
      );
      expect(density.reduce((sum, row) => sum + row.count, 0)).toBe(live);
      expect((await citedRecords(db, 1)).length).toBeGreaterThan(0);
      // The seed's own corrections are audited, so the audit reads above compare real entries.
      expect((await listAudit(db, { limit: 1, offset: 0 })).total).toBeGreaterThan(0);
    });
  },
  { seed: true },
);
