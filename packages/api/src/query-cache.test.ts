import { afterAll, expect, test } from 'vitest';
import { openDatabase } from '@tianshan/db/client';
import { anIndicator, createIndicator, createTestDatabase } from '@tianshan/db/testing';
import { callerAs } from './test-caller';

const t = createTestDatabase();
afterAll(() => t.close());
const reader = callerAs(null, t).caller;
const writer = callerAs('editor', t).caller;
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
  await writer.records.create({ kind: 'indicator', data: anIndicator({ scope: 'KG' }) });
  expect(await kgIndicators()).toBe(before + 1);
});

test('a write by another connection (a CLI, a second server) is visible to the next read', async () => {
  const before = await kgIndicators();
  const other = openDatabase(t.file);
  createIndicator(other, { scope: 'KG' });
  other.$client.close();
  expect(await kgIndicators()).toBe(before + 1);
});
