import { expect, test } from 'vitest';
import type { ProjectFilter } from '@tianshan/model';
import type { Db } from '../client';
import { describeOnEachDatabase } from '../testing/each-database';
import { listIndicators } from './indicators';
import { projectLanes } from './project-lanes';
import { countProjects, listProjects, projectById } from './projects';
import type { Database } from './reader/reader';
import { listSources, sourceById } from './sources';

const PAGE = { limit: 40, offset: 0 };

/** Filters and sorts that reach every branch of `projectWhere`, `projectOrder` and `countProjects`. */
const PROJECT_FILTERS: ProjectFilter[] = [
  {},
  { countries: ['KZ'] },
  { countries: ['KZ', 'UZ'], sectors: ['energy', 'transport'] },
  { statuses: ['operating'], sort: 'value', dir: 'desc' },
  { sort: 'start' },
  { sort: 'completion', dir: 'desc' },
  { sort: 'status' },
  { search: 'RAILWAY', delayed: true },
];

/** The list pages' reads beyond the overview's, each a function of the database alone. */
const READS: [string, (db: Database) => Promise<unknown>][] = [
  ...PROJECT_FILTERS.flatMap((filter): [string, (db: Database) => Promise<unknown>][] => [
    [`projects ${JSON.stringify(filter)}`, (db) => listProjects(db, filter, PAGE)],
    [`project count ${JSON.stringify(filter)}`, (db) => countProjects(db, filter)],
  ]),
  ...PROJECT_FILTERS.map((filter): [string, (db: Database) => Promise<unknown>] => [
    `swimlanes ${JSON.stringify(filter)}`,
    (db) => projectLanes(db, filter),
  ]),
  ['swimlanes of some projects', (db) => projectLanes(db, { ids: [1, 2, 3, 5, 8] })],
  ['a later page of projects', (db) => listProjects(db, {}, { limit: 10, offset: 30 })],
  ['projects by id', (db) => Promise.all([1, 2, 3, 5, 8, 13].map((id) => projectById(db, id)))],
  ['sources', (db) => listSources(db, {})],
  ['sources found', (db) => listSources(db, { search: 'STAT', grades: ['official-statistics'] })],
  ['sources by id', (db) => Promise.all([1, 2, 3, 999_999].map((id) => sourceById(db, id)))],
  ['indicators', (db) => listIndicators(db, {})],
  ['indicators found', (db) => listIndicators(db, { countries: ['KZ'], search: 'gdp' })],
];

function sourceOf(source: Db | null): Db {
  if (!source) throw new Error('the page reads need the seeded database');
  return source;
}

describeOnEachDatabase(
  'the list pages reads',
  (database) => {
    test.each(READS)('%s reads the same as the SQLite file it came from', async (_, read) => {
      const { db, source } = database();
      expect(await read(db)).toEqual(await read(sourceOf(source)));
    });

    test('a project has its milestones, facts and sources', async () => {
      const { db } = database();
      const [first] = await listProjects(db, {}, PAGE);
      const project = first && (await projectById(db, first.id));
      expect(project?.facts.length).toBeGreaterThan(0);
      expect(project?.countries.length).toBeGreaterThan(0);
      expect(await projectById(db, 999_999_999)).toBeNull();
    });

    test('count what the list lists', async () => {
      const { db } = database();
      for (const filter of PROJECT_FILTERS) {
        const all = await listProjects(db, filter, { limit: 100_000, offset: 0 });
        expect(await countProjects(db, filter)).toBe(all.length);
      }
    });
  },
  { seed: true },
);
