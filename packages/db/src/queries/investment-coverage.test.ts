import { afterAll, describe, expect, it } from 'vitest';
import { investmentCoverageOf } from '@tianshan/model';
import { createTestDatabase } from '../testing';
import { createInvestment } from '../testing/factories';
import { investmentSummary, listInvestments } from './investments';

const test = createTestDatabase();
afterAll(() => test.close());

describe('what each investment figure covers', () => {
  it('is set on every seeded row, from its wording, and the wording is kept', async () => {
    const rows = await listInvestments(test.db, {}, { limit: 100_000, offset: 0 });
    expect(rows.length).toBeGreaterThan(0);
    for (const r of rows)
      expect(r.coverage, r.metricLabel).toBe(investmentCoverageOf(r.metricLabel));
    const mining = rows.find((r) => /mining industry \(all origins\)/.test(r.metricLabel));
    expect(mining?.coverage).toBe('all-origins');
  });

  it('keeps the Kyrgyz all-origin mining figure out of the Chinese cumulative headline', async () => {
    const groups = await investmentSummary(test.db, {
      countries: ['KG'],
      coverages: ['china-country'],
    });
    const cumulative = groups.find((g) => g.metricKind === 'cumulative-investment');
    expect(cumulative?.latest.qualifier).not.toBe('at-most');
    expect(cumulative?.latest.amountUsd).toBeGreaterThan(1_000_000);
    for (const g of groups) expect(g.latest.coverage).toBe('china-country');
  });

  it('groups the latest figures by coverage as well as by kind', async () => {
    const groups = await investmentSummary(test.db, { countries: ['KG'] });
    const keys = groups.map((g) => `${g.scope}|${g.metricKind}|${g.coverage}`);
    expect(new Set(keys).size).toBe(keys.length);
    expect(groups.some((g) => g.coverage === 'all-origins')).toBe(true);
  });

  it('derives a new figure’s coverage from its wording unless it is stated', async () => {
    const derived = createInvestment(test.db, {
      metricLabel: 'Chinese investment in the Kyrgyz mining sector',
    });
    const stated = createInvestment(test.db, {
      metricLabel: 'Chinese investment in Kyrgyzstan',
      coverage: 'other',
    });
    const rows = await listInvestments(test.db, { countries: ['KG'], yearFrom: 2026 });
    expect(rows.find((r) => r.id === derived)?.coverage).toBe('china-sector');
    expect(rows.find((r) => r.id === stated)?.coverage).toBe('other');
  });
});
