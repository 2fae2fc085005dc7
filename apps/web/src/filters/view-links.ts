import type { inferParserType } from 'nuqs/server';
import { investmentParams, investmentUrl } from './investment-params';
import { toUrlSearchParams, type RawSearchParams } from './parsers';
import { projectParams, projectUrl } from './project-params';
import { indicatorParams, indicatorUrl, sourceParams } from './reference-params';
import { timelineParams, timelineUrl } from './timeline-params';
import { tradeParams, tradeUrl } from './trade-params';

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
} as const;

type ViewName = keyof typeof VIEW_PARAMS;

/**
 * The view's part of a page's query string, as the page received it: its own parameters only (no paging),
 * empty form fields dropped. Nothing is parsed and written back, so whatever reads this string again
 * with the view's loader — the CSV export, the page after an edit — selects exactly what the page showed.
 */
export function viewQuery(view: ViewName, searchParams: RawSearchParams | URLSearchParams): string {
  const given = toUrlSearchParams(searchParams);
  const own = new URLSearchParams();
  for (const key of Object.keys(VIEW_PARAMS[view])) {
    for (const value of given.getAll(key)) if (value.trim() !== '') own.append(key, value);
  }
  const query = own.toString();
  return query ? `?${query}` : '';
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
