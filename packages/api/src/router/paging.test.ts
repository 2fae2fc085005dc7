import { expect, it } from 'vitest';
import { describeOnEachDatabase } from '@tianshan/db/testing/each-database';
import { callerOn } from '../test-caller';

const keyOf = (e: { type: string; id: number }) => `${e.type}-${e.id}`;

describeOnEachDatabase(
  'paged lists',
  (database) => {
    const caller = () => callerOn(database().db);

    it('pages the timeline without gaps or repeats, in the order of the whole list', async () => {
      const whole = await caller().timeline.list({ limit: 5000 });
      expect(whole.length).toBeGreaterThan(20);
      const paged = [];
      for (let offset = 0; offset < whole.length; offset += 7)
        paged.push(...(await caller().timeline.list({ limit: 7, offset })));
      expect(paged.map(keyOf)).toEqual(whole.map(keyOf));
    });

    it("pages the trade explorer's preferred figures newest first, counting every figure", async () => {
      const all = await caller().trade.figures({});
      const first = await caller().trade.figurePage({ limit: 10, offset: 0 });
      expect(first.total).toBe(all.length);
      expect(first.rows).toHaveLength(10);
      const years = first.rows.map((f) => f.year);
      expect(years).toEqual([...years].sort((a, b) => b - a));
      expect(Math.max(...all.map((f) => f.year))).toBe(years[0]);
      const second = await caller().trade.figurePage({ limit: 10, offset: 10 });
      expect(second.rows.map((f) => f.id)).not.toContain(first.rows[0]?.id);
    });

    it('answers a page past the end with the last page, saying which rows it holds', async () => {
      const { total } = await caller().trade.figurePage({ limit: 10, offset: 0 });
      const past = await caller().trade.figurePage({ limit: 10, offset: total + 1000 });
      expect(past.offset).toBe(Math.floor((total - 1) / 10) * 10);
      expect(past.rows.length).toBe(total - past.offset);
    });
  },
  { seed: true },
);
