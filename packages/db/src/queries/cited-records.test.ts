import { afterAll, expect, it } from 'vitest';
import { createTestDatabase } from '../testing';
import { citedRecords } from './cited-records';

const test = createTestDatabase();
afterAll(() => test.close());

it('lists every record that cites a source, of every kind, with a link to where it is shown', async () => {
  const bjr = test.db.$client
    .prepare(
      `SELECT id FROM sources WHERE url = 'https://www.bjreview.com/World/202506/t20250623_800405691.html'`,
    )
    .pluck()
    .get() as number;
  const records = await citedRecords(test.db, bjr);
  const total = test.db.$client
    .prepare(`SELECT count(*) FROM citations WHERE source_id = ?`)
    .pluck()
    .get(bjr) as number;
  expect(records).toHaveLength(total);
  expect(new Set(records.map((r) => r.kind))).toEqual(
    new Set(['trade-report', 'investment', 'project', 'milestone', 'event', 'indicator']),
  );
  expect(
    records
      .filter((r) => r.kind === 'event')
      .map((r) => r.label)
      .join(' '),
  ).toMatch(/Second China-Central Asia Summit/);

  const withMilestones = test.db.$client
    .prepare(`SELECT source_id FROM citations WHERE record_kind = 'milestone' LIMIT 1`)
    .pluck()
    .get() as number;
  const ms = (await citedRecords(test.db, withMilestones)).filter((r) => r.kind === 'milestone');
  expect(ms.length).toBeGreaterThan(0);
  expect(ms[0]?.href).toMatch(/^\/projects\/\d+$/);
});

it("gives each citing record its own quote from the source's page", async () => {
  const monitor = test.db.$client
    .prepare(
      `SELECT id FROM sources WHERE url = 'https://www.intellinews.com/china-s-trade-surplus-with-central-asia-grows-in-2025-415366'`,
    )
    .pluck()
    .get() as number;
  const records = await citedRecords(test.db, monitor);
  expect(records.length).toBeGreaterThan(1);
  for (const r of records) expect(r.quote).toMatch(/\S/);
  // One page, different words for different figures: the quote belongs to the citation.
  expect(new Set(records.map((r) => r.quote)).size).toBeGreaterThan(1);
  expect(records.find((r) => r.label.startsWith('KG') && r.label.includes('2025'))?.quote).toBe(
    'Trade turnover with Kyrgyzstan saw the largest spike, rising from $17.4bn to $23.6bn.',
  );
});
