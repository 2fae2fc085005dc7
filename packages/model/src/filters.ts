import { z } from 'zod';
import {
  countryCode,
  eventKind,
  investmentCoverage,
  investmentMetric,
  milestoneKind,
  periodKind,
  projectStatus,
  reporter,
  scopeCode,
  sector,
} from './enums';

/**
 * The filters every list accepts. The same shapes parse the page URL, the tRPC input and the CSV export
 * query, so a view, its API call and its download always select the same rows.
 *
 * One name for countries in every input and query parameter: `countries`, always a list, where absent or
 * empty means no restriction (trade, investment and indicator lists also accept `C5`, the five together).
 * Only a procedure whose answer is about exactly one country (its trade series, its mirror statistics)
 * takes `country`, a single code. `scope` stays the stored column's name, `country_iso2` the public CSV
 * column and `country` the (repeatable) URL parameter; none of them names an input.
 */
const year = z.number().int().min(1991).max(2100);
const search = z.string().trim().max(200, 'must be at most 200 characters').optional();

export const tradeFilter = z.object({
  countries: z.array(scopeCode).max(6).optional(),
  yearFrom: year.optional(),
  yearTo: year.optional(),
  periodKinds: z.array(periodKind).max(5).optional(),
  reporters: z.array(reporter).max(9).optional(),
  /** An HS code, or `all` for every product line; without it only all-goods totals are returned. */
  productCode: z
    .string()
    .trim()
    .regex(/^(\d{2,10}|all)$/, 'must be an HS code of 2 to 10 digits, or all')
    .optional(),
  search,
});
export type TradeFilter = z.infer<typeof tradeFilter>;

export const investmentFilter = z.object({
  countries: z.array(scopeCode).max(6).optional(),
  metricKinds: z.array(investmentMetric).max(7).optional(),
  /** What the figures cover (China into a country, into a sector, all origins, other). */
  coverages: z.array(investmentCoverage).max(4).optional(),
  sectors: z.array(sector).optional(),
  yearFrom: year.optional(),
  yearTo: year.optional(),
  search,
});
export type InvestmentFilter = z.infer<typeof investmentFilter>;

export const PROJECT_SORTS = ['name', 'value', 'start', 'completion', 'status'] as const;
export const projectFilter = z.object({
  countries: z.array(countryCode).max(5).optional(),
  sectors: z.array(sector).optional(),
  statuses: z.array(projectStatus).optional(),
  /** Only projects finished, or expected to finish, later than planned (see `completionSlippage`). */
  delayed: z.boolean().optional(),
  search,
  sort: z.enum(PROJECT_SORTS).default('name'),
  dir: z.enum(['asc', 'desc']).default('asc'),
});
export type ProjectFilter = z.input<typeof projectFilter>;

export const timelineFilter = z.object({
  countries: z.array(countryCode).max(5).optional(),
  sectors: z.array(sector).optional(),
  milestoneKinds: z.array(milestoneKind).optional(),
  eventKinds: z.array(eventKind).optional(),
  from: z
    .string()
    .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/)
    .optional(),
  to: z
    .string()
    .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/)
    .optional(),
  search,
});
export type TimelineFilter = z.infer<typeof timelineFilter>;

export const indicatorFilter = z.object({
  countries: z.array(scopeCode).max(6).optional(),
  search,
});
export type IndicatorFilter = z.infer<typeof indicatorFilter>;

export const pageInput = z.object({
  limit: z.number().int().min(1).max(500).default(100),
  offset: z.number().int().min(0).default(0),
});
