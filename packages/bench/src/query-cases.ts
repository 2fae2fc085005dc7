import type { createCaller } from '@tianshan/api';

type Caller = ReturnType<typeof createCaller>;

export interface QueryCase {
  name: string;
  run: () => Promise<unknown>;
}

/** The dashboard's reads the latency table times, the same on either database. */
export function queryCases(caller: Caller): QueryCase[] {
  return [
    { name: 'trade.headline', run: () => caller.trade.headline() },
    { name: 'trade.byCountryYear', run: () => caller.trade.byCountryYear({ reporter: 'CN' }) },
    { name: 'trade.aggregateCheck', run: () => caller.trade.aggregateCheck() },
    { name: 'trade.mirror(KG)', run: () => caller.trade.mirror({ country: 'KG' }) },
    { name: 'trade.series(KZ)', run: () => caller.trade.series({ country: 'KZ' }) },
    {
      name: 'trade.figures(KG 2015-2025)',
      run: () => caller.trade.figures({ countries: ['KG'], yearFrom: 2015, yearTo: 2025 }),
    },
    {
      name: 'trade.list(product 010000, page 1)',
      run: () => caller.trade.list({ productCode: '010000', limit: 100, offset: 0 }),
    },
    {
      name: 'projects.list(default page)',
      run: () => caller.projects.list({ limit: 50, offset: 0 }),
    },
    {
      name: 'projects.list(KZ energy operating by value)',
      run: () =>
        caller.projects.list({
          countries: ['KZ'],
          sectors: ['energy'],
          statuses: ['operating'],
          sort: 'value',
          dir: 'desc',
          limit: 50,
          offset: 0,
        }),
    },
    { name: 'projects.counts', run: () => caller.projects.counts({}) },
    { name: 'projects.locations(KG)', run: () => caller.projects.locations({ countries: ['KG'] }) },
    {
      name: 'timeline.list(KG, 2024)',
      run: () => caller.timeline.list({ countries: ['KG'], from: '2024', to: '2024', limit: 200 }),
    },
    { name: 'timeline.milestoneWindow', run: () => caller.timeline.milestoneWindow({ count: 8 }) },
    { name: 'investments.summary', run: () => caller.investments.summary({}) },
    { name: 'sources.freshness', run: () => caller.sources.freshness() },
  ];
}

/**
 * Per-call latency in ms after three warm-up calls: `iterations` samples, or fewer (at least five) once
 * `budgetMs` is spent, so one pathologically slow read cannot hold the machine for many minutes.
 */
export async function timeCase(
  c: QueryCase,
  iterations: number,
  budgetMs = Infinity,
): Promise<number[]> {
  for (let i = 0; i < 3; i++) await c.run();
  const samples: number[] = [];
  const started = Date.now();
  for (let i = 0; i < iterations && (i < 5 || Date.now() - started < budgetMs); i++) {
    const t = process.hrtime.bigint();
    await c.run();
    samples.push(Number(process.hrtime.bigint() - t) / 1e6);
  }
  return samples;
}
