import { expect, it } from 'vitest';
import { aProject } from '@tianshan/db/testing';
import { describeOnEachDatabase } from '@tianshan/db/testing/each-database';
import { createRecord } from '@tianshan/db/write/records';
import { filterKey, readOnce } from './request-reads';
import { callerOn } from './test-caller';
import { createInnerTRPCContext } from './trpc';

const actor = { userId: null, label: 'request reads test' };

it('keys a filter by its fields, whatever their order, ignoring unset ones', () => {
  expect(filterKey({ countries: ['KG'], sectors: undefined, search: 'rail' })).toBe(
    filterKey({ search: 'rail', countries: ['KG'] }),
  );
  expect(filterKey({ countries: ['KG'] })).not.toBe(filterKey({ countries: ['KZ'] }));
});

describeOnEachDatabase(
  'reads shared within a request',
  (database) => {
    const newProject = (countries: ('KG' | 'KZ')[] = ['KG']) =>
      createRecord(database().db, 'project', aProject({ countries }), { actor });

    it('reads once per key while the database is unchanged, and again after a write', async () => {
      const ctx = createInnerTRPCContext({ db: database().db, session: null });
      let reads = 0;
      const count = () => readOnce(ctx, 'k', async () => ++reads);
      expect(await Promise.all([count(), count()])).toEqual([1, 1]);
      expect(await count()).toBe(1);
      await newProject();
      expect(await count()).toBe(2);
    });

    it('gives the list and its swimlane one count, which follows a new project', async () => {
      const caller = callerOn(database().db);
      const filter = { countries: ['KG' as const], sort: 'start' as const, dir: 'desc' as const };
      const read = async () => [
        (await caller.projects.list({ ...filter, limit: 5, offset: 0 })).total,
        (await caller.projects.lanes(filter)).total,
      ];
      const [listed, laned] = await read();
      expect(laned).toBe(listed);
      await newProject(['KG']);
      expect(await read()).toEqual([(listed ?? 0) + 1, (listed ?? 0) + 1]);
    });
  },
  { seed: true },
);
