import type { inferParserType } from 'nuqs/server';
import { coverageParams, coverageUrl, readCoverageUrl } from './coverage-params';
import {
  investmentParams,
  investmentUrl,
  readInvestmentChartUrl,
  readInvestmentUrl,
} from './investment-params';
import { toUrlSearchParams, type RawSearchParams } from './parsers';
import { projectParams, projectUrl, readProjectLanesUrl, readProjectUrl } from './project-params';
import type { IgnoredParam } from './read-params';
import {
  indicatorParams,
  indicatorUrl,
  readIndicatorUrl,
  readSourceUrl,
  sourceParams,
} from './reference-params';
import { readTimelineUrl, timelineParams, timelineUrl } from './timeline-params';
import { readTradeUrl, tradeParams, tradeUrl } from './trade-params';

/** Each view's own URL parameters, in the order its links write them. */
const VIEW_PARAMS = {
  trade: tradeParams,
  investments: investmentParams,
  'investment-chart': investmentParams,
  projects: projectParams,
  'project-lanes': projectParams,
  timeline: timelineParams,
  'timeline-density': timelineParams,
  indicators: indicatorParams,
  sources: sourceParams,
  coverage: coverageParams,
} as const;

export type ViewName = keyof typeof VIEW_PARAMS;

/** Each view's reader: the one its page and its export both use. */
const VIEW_READERS: Record<
  ViewName,
  (raw: RawSearchParams | URLSearchParams) => { ignored: IgnoredParam[] }
> = {
  trade: readTradeUrl,
  investments: readInvestmentUrl,
  'investment-chart': readInvestmentChartUrl,
  projects: readProjectUrl,
  'project-lanes': readProjectLanesUrl,
  timeline: readTimelineUrl,
  'timeline-density': readTimelineUrl,
  indicators: readIndicatorUrl,
  sources: readSourceUrl,
  coverage: readCoverageUrl,
};

/** What the view's reader could not use in this URL, each with the reason (for the page to show). */
export function ignoredParams(
  view: ViewName,
  searchParams: RawSearchParams | URLSearchParams,
): IgnoredParam[] {
  return VIEW_READERS[view](searchParams).ignored;
}

/**
 * The view's part of a page's query string, as the page received it: its own parameters only (no paging),
 * empty form fields and values the page ignored (and said so) dropped. Nothing is parsed and written
 * back, so whatever reads this string again with the view's reader — the CSV export, the page after an
 * edit — selects exactly what the page showed.
 */
export function viewQuery(view: ViewName, searchParams: RawSearchParams | URLSearchParams): string {
  const given = toUrlSearchParams(searchParams);
  const own = new URLSearchParams();
  for (const key of Object.keys(VIEW_PARAMS[view])) {
    for (const value of given.getAll(key)) {
      if (value.trim() === '') continue;
      const tried = new URLSearchParams(own);
      tried.append(key, value);
      if (VIEW_READERS[view](tried).ignored.length === 0) own.append(key, value);
    }
  }
  const query = own.toString();
  return query ? `?${query}` : '';
}

/** Parameters that order a list rather than narrow it. */
const ORDER_PARAMS = new Set(['sort', 'dir']);

/** How many filter values the page applies (its "Filters (N)"): read from the same string its links carry. */
export function activeFilterCount(
  view: ViewName,
  searchParams: RawSearchParams | URLSearchParams,
): number {
  return [...new URLSearchParams(viewQuery(view, searchParams)).keys()].filter(
    (key) => !ORDER_PARAMS.has(key),
  ).length;
}

/** The download of the rows a page shows, built from the page's own query string. */
export function downloadHref(
  view: ViewName,
  searchParams: RawSearchParams | URLSearchParams,
): string {
  return `/export/${view}.csv${viewQuery(view, searchParams)}`;
}

/**
 * Links to another view filtered for this page (the overview and a country page link to lists of one
 * country's rows): written by that view's own serializer, so the view reads them back with its loader.
 */
export const viewHref = {
  projects: (values: Partial<inferParserType<typeof projectParams>>) =>
    projectUrl('/projects', values),
  timeline: (values: Partial<inferParserType<typeof timelineParams>>) =>
    timelineUrl('/timeline', values),
  trade: (values: Partial<inferParserType<typeof tradeParams>>) => tradeUrl('/trade', values),
  investments: (values: Partial<inferParserType<typeof investmentParams>>) =>
    investmentUrl('/investments', values),
  coverage: (values: Partial<inferParserType<typeof coverageParams>>) =>
    coverageUrl('/coverage', values),
};

/** Downloads of another view's rows, filtered for this page, written the same way. */
export const exportHref = {
  trade: (values: Partial<inferParserType<typeof tradeParams>>) =>
    tradeUrl('/export/trade.csv', values),
  investments: (values: Partial<inferParserType<typeof investmentParams>>) =>
    investmentUrl('/export/investments.csv', values),
  projects: (values: Partial<inferParserType<typeof projectParams>>) =>
    projectUrl('/export/projects.csv', values),
  projectLanes: (values: Partial<inferParserType<typeof projectParams>>) =>
    projectUrl('/export/project-lanes.csv', values),
  timeline: (values: Partial<inferParserType<typeof timelineParams>>) =>
    timelineUrl('/export/timeline.csv', values),
  indicators: (values: Partial<inferParserType<typeof indicatorParams>>) =>
    indicatorUrl('/export/indicators.csv', values),
};
