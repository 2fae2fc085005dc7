import { expect, test } from 'vitest';
import { EVENT_KINDS, PROJECT_STATUSES } from '@tianshan/model';
import type { Db } from '../client';
import { describeOnEachDatabase } from '../testing/each-database';
import { countInvestments, investmentSummary, listInvestments } from './investments';
import { projectCounts, projectLocations, projectMapLocations } from './projects';
import type { Database } from './reader/reader';
import { dataFreshness, listSources } from './sources';
import { milestoneWindow, timeline } from './timeline';

const TODAY = '2026-11-26';
const EVERY_STATUS = { statuses: [...PROJECT_STATUSES] };

/** The overview page's reads beyond trade (trade-reads.test.ts), and the filtered forms of each. */
const READS: [string, (db: Database) => Promise<unknown>][] = [
  ['project counts', (db) => projectCounts(db, {})],
  ['project counts of every status', (db) => projectCounts(db, EVERY_STATUS)],
  ['project counts of a country', (db) => projectCounts(db, { countries: ['KZ'] })],
  ['project counts found', (db) => projectCounts(db, { search: 'RAIL', delayed: true })],
  ['map', (db) => projectMapLocations(db, {})],
  ['map of a country', (db) => projectMapLocations(db, { countries: ['KG'] })],
  ['located projects', (db) => projectLocations(db, { sectors: ['energy'] })],
  ['milestone window', (db) => milestoneWindow(db, TODAY, 6)],
  ['latest events', (db) => timeline(db, { eventKinds: [...EVENT_KINDS] }, 5)],
  ['a timeline page', (db) => timeline(db, {}, 20, 10)],
  ['a found timeline', (db) => timeline(db, { countries: ['KZ'], search: 'rail' }, 50)],
  ['freshness', (db) => dataFreshness(db)],
  ['investment summary', (db) => investmentSummary(db, { countries: ['C5'] })],
  ['every investment', (db) => listInvestments(db, {}, { limit: 100_000, offset: 0 })],
  ['investments found', (db) => countInvestments(db, { search: 'FDI', yearFrom: 2010 })],
];

function sourceOf(source: Db | null): Db {
  if (!source) throw new Error('the overview reads need the seeded database');
  return source;
}

describeOnEachDatabase(
  'the overview reads',
  (database) => {
    test.each(READS)('%s reads the same as the SQLite file it came from', async (_, read) => {
      const { db, source } = database();
      expect(await read(db)).toEqual(await read(sourceOf(source)));
    });

    test('the tallied counts are the counts of the live projects', async () => {
      const { db } = database();
      const tallied = await projectCounts(db, {});
      expect(tallied.byStatus.reduce((sum, s) => sum + s.count, 0)).toBeGreaterThan(0);
      expect(tallied).toEqual(await projectCounts(db, EVERY_STATUS));
      const map = await projectMapLocations(db, {});
      expect(map.total).toBe((await projectMapLocations(db, EVERY_STATUS)).total);
      if (!map.grouped) expect(map.points).toEqual(await projectLocations(db, EVERY_STATUS));
    });

    test('the milestone window splits at today, nearest first on each side', async () => {
      const { db } = database();
      const { upcoming, recent } = await milestoneWindow(db, TODAY, 6);
      expect(recent.length).toBeGreaterThan(0);
      expect(upcoming.every((m) => m.date > TODAY)).toBe(true);
      expect(recent.every((m) => m.date.slice(0, TODAY.length) <= TODAY)).toBe(true);
      const dates = recent.map((m) => m.date);
      expect(dates).toEqual([...dates].sort().reverse());
      expect(recent[0]?.project).toMatchObject({ id: expect.any(Number) });
    });

    test('the latest events are events, newest first, with their countries', async () => {
      const { db } = database();
      const events = await timeline(db, { eventKinds: [...EVENT_KINDS] }, 5);
      expect(events).toHaveLength(5);
      expect(events.every((e) => e.type === 'event' && e.countries.length > 0)).toBe(true);
      const dates = events.map((e) => e.date);
      expect(dates).toEqual([...dates].sort().reverse());
    });

    test('freshness is the newest publication date of a live source', async () => {
      const { db } = database();
      const dates = (await listSources(sourceOf(database().source))).map((s) => s.publishedOn);
      const newest = dates.reduce<string | null>((a, d) => (d && (!a || d > a) ? d : a), null);
      expect(await dataFreshness(db)).toBe(newest);
    });

    test('the investment summary groups every figure once', async () => {
      const { db } = database();
      const groups = await investmentSummary(db, {});
      expect(groups.reduce((sum, g) => sum + g.records, 0)).toBe(await countInvestments(db, {}));
    });
  },
  { seed: true },
);
