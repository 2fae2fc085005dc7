import type { LoadTarget } from './load-target';
import { countryUrls, inTurn, projectUrls, tradeUrls } from './varied-urls';

/**
 * What the throughput benchmark measures, a section at a time. Every section starts its own server with
 * its own environment and measures its targets as ratios to that server's trivial handler.
 */
export interface Section {
  name: 'cached' | 'gzip' | 'varied' | 'uncached';
  /** What the response caches can do for these requests, as the table states it. */
  cache: string;
  connections: number[];
  env: Record<string, string>;
  targets: LoadTarget[];
}

export const CEILING: LoadTarget = {
  name: 'trivial handler (ceiling)',
  path: '/api/health',
  urls: 1,
};

const trpc = (procedure: string, input?: unknown) =>
  `/api/trpc/${procedure}${input === undefined ? '' : `?input=${encodeURIComponent(JSON.stringify({ json: input }))}`}`;
const one = (name: string, path: string): LoadTarget => ({ name, path, urls: 1 });
const many = (name: string, urls: string[]): LoadTarget => ({
  name,
  path: urls[0] ?? '/',
  nextPath: inTurn(urls),
  urls: urls.length,
});
const GZIP = { 'accept-encoding': 'gzip' };

const OVERVIEW = one('overview page', '/');
const COUNTRY = one('country page (KG)', '/countries/kyrgyzstan');
const PROJECTS = one('projects page', '/projects');
const TRADE = one('trade page', '/trade');
const TIMELINE = one('timeline page', '/timeline');

export const SECTIONS: Section[] = [
  {
    name: 'cached',
    cache: 'hit',
    connections: [10, 50],
    env: {},
    targets: [
      OVERVIEW,
      COUNTRY,
      PROJECTS,
      one('trpc trade.headline', trpc('trade.headline')),
      one('trpc trade.byCountryYear', trpc('trade.byCountryYear', { reporter: 'CN' })),
      one('trpc projects.counts', trpc('projects.counts', {})),
    ],
  },
  {
    name: 'gzip',
    cache: 'hit',
    connections: [10],
    env: {},
    targets: [OVERVIEW, COUNTRY, PROJECTS, TRADE].map((t) => ({ ...t, headers: GZIP })),
  },
  {
    name: 'varied',
    cache: 'varied URLs',
    connections: [10],
    env: {},
    targets: [
      many('trade page, filters varied', tradeUrls()),
      many('projects page, filters varied', projectUrls()),
      many('country pages in turn', countryUrls()),
    ],
  },
  {
    name: 'uncached',
    cache: 'off',
    connections: [10],
    // The product's own switches: every page rendered and every query run afresh, as for an editor or
    // the first reader after a write.
    env: { TIANSHAN_RESPONSE_CACHE: 'off', TIANSHAN_QUERY_CACHE: 'off' },
    targets: [OVERVIEW, COUNTRY, PROJECTS, TRADE, TIMELINE],
  },
];
