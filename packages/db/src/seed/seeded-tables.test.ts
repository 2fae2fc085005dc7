import { afterAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../testing';
import { seededTableDigests } from './seeded-tables';

const test = createTestDatabase();
afterAll(() => test.close());

describe('the seeded tables', () => {
  // Taken from the seed as it was before it went through the importer's path (its own cell parsers and
  // inserts): the same rows, values, sources and citations, in the same order, with the same ids.
  it('hold exactly the records the starter dataset held before the seed shared the import path', () => {
    expect(seededTableDigests(test.db)).toEqual({
      sources: '185:9e0e5630ae4bdcfd',
      trade_reports: '115:e31e0597e8e4f724',
      investments: '52:2dc4035c9747034e',
      projects: '60:83bb0faa37ba80ac',
      project_countries: '72:c7c32ca57b1861de',
      milestones: '150:2cd76312ec5e6e24',
      events: '12:599fbf2053f71101',
      event_countries: '32:946f1c4ff637815a',
      indicators: '21:68da9f81bd668add',
      citations: '410:110715a9bae242ad',
    });
  });

  it('audits every seeded record as the seed, besides the dataset entry', () => {
    const rows = test.db.$client
      .prepare(
        `SELECT action, record_kind AS kind, count(*) AS n FROM audit_log WHERE actor_label = 'seed (starter dataset)' GROUP BY 1, 2 ORDER BY 1, 2`,
      )
      .all();
    expect(rows).toEqual([
      { action: 'create', kind: 'event', n: 12 },
      { action: 'create', kind: 'indicator', n: 21 },
      { action: 'create', kind: 'investment', n: 52 },
      { action: 'create', kind: 'milestone', n: 150 },
      { action: 'create', kind: 'project', n: 60 },
      { action: 'create', kind: 'trade-report', n: 115 },
      { action: 'seed', kind: 'dataset', n: 1 },
    ]);
  });
});
