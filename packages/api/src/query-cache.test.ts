import { afterAll, expect, test } from 'vitest';
import { openDatabase } from '@tianshan/db/client';
import { createTestDatabase } from '@tianshan/db/testing';
import { createRecord } from '@tianshan/db/write/records';
import { createCaller } from './root';
import { createInnerTRPCContext, type Session } from './trpc';

const t = createTestDatabase();
afterAll(() => t.close());
const editor: Session = {
  user: {
    id: '00000000-0000-4000-8000-0000000000e1',
    email: 'e@example.org',
    name: 'E',
    role: 'editor',
  },
};
const reader = createCaller(createInnerTRPCContext({ db: t.db, session: null }));
const writer = createCaller(createInnerTRPCContext({ db: t.db, session: editor }));
const kgIndicators = async () => (await reader.indicators.list({ countries: ['KG'] })).length;

test('a repeated read is served from the cache: the same result object comes back', async () => {
  const first = await reader.trade.headline();
  expect(await reader.trade.headline()).toBe(first);
  // Different input, different entry.
  expect(await reader.projects.counts({ countries: ['KG'] })).not.toBe(
    await reader.projects.counts({}),
  );
});

test('a write through the API is visible to the very next read', async () => {
  const before = await kgIndicators();
  await writer.records.create({
    kind: 'indicator',
    data: {
      scope: 'KG',
      asOf: '2026',
      metric: 'cache test via api',
      value: '1',
      unit: 'count',
      citations: [{ sourceId: 1 }],
    },
  });
  expect(await kgIndicators()).toBe(before + 1);
});

test('a write by another connection (a CLI, a second server) is visible to the next read', async () => {
  const before = await kgIndicators();
  const other = openDatabase(t.file);
  createRecord(
    other,
    'indicator',
    {
      scope: 'KG',
      asOf: '2026',
      metric: 'cache test via another connection',
      value: '1',
      unit: 'count',
      citations: [{ sourceId: 1 }],
    },
    { actor: { userId: null, label: 'test' } },
  );
  other.$client.close();
  expect(await kgIndicators()).toBe(before + 1);
});
