import { beforeAll, expect, it } from 'vitest';
import { anIndicator } from '@tianshan/db/testing';
import { describeOnEachDatabase } from '@tianshan/db/testing/each-database';
import { createRecord } from '@tianshan/db/write/records';
import { callerAs, callerOn, type Caller } from './test-caller';

const actor = { userId: null, label: 'query cache test' };

describeOnEachDatabase(
  'the query cache',
  (database) => {
    let writer: Caller;
    beforeAll(async () => {
      writer = (await callerAs(database().db, 'editor')).caller;
    });
    const reader = () => callerOn(database().db);
    const kgIndicators = async (caller: Caller) =>
      (await caller.indicators.list({ countries: ['KG'] })).length;

    it('serves a repeated read from the cache: the same result object comes back', async () => {
      const first = await reader().trade.headline();
      expect(await reader().trade.headline()).toBe(first);
      // Different input, different entry.
      expect(await reader().projects.counts({ countries: ['KG'] })).not.toBe(
        await reader().projects.counts({}),
      );
    });

    it('shows a write through the API to the very next read', async () => {
      const before = await kgIndicators(reader());
      await writer.records.create({ kind: 'indicator', data: anIndicator({ scope: 'KG' }) });
      expect(await kgIndicators(reader())).toBe(before + 1);
    });

    it("shows a write by another connection (a CLI, a second server) to this one's next read", async () => {
      const other = await database().connect();
      try {
        const before = await kgIndicators(reader());
        await createRecord(other.db, 'indicator', anIndicator({ scope: 'KG' }), { actor });
        expect(await kgIndicators(reader())).toBe(before + 1);
      } finally {
        await other.close();
      }
    });

    it("empties a second process's cache too: each handle keeps its own, both follow every write", async () => {
      const other = await database().connect();
      try {
        const there = callerOn(other.db);
        const before = await kgIndicators(there);
        expect(await kgIndicators(reader())).toBe(before);
        await writer.records.create({ kind: 'indicator', data: anIndicator({ scope: 'KG' }) });
        expect(await kgIndicators(there)).toBe(before + 1);
        await createRecord(other.db, 'indicator', anIndicator({ scope: 'KG' }), { actor });
        expect(await kgIndicators(reader())).toBe(before + 2);
      } finally {
        await other.close();
      }
    });
  },
  { seed: true },
);
