import { createLoader, createSerializer } from 'nuqs/server';
import {
  INVESTMENT_CHART_UNITS,
  INVESTMENT_METRICS,
  SCOPE_CODES,
  SECTORS,
  type InvestmentChartUnit,
  type InvestmentFilter,
} from '@tianshan/model';
import {
  clampYear,
  listOf,
  nonEmpty,
  searchParam,
  toUrlSearchParams,
  trimmed,
  yearParam,
  type RawSearchParams,
} from './parsers';

export const investmentParams = {
  country: listOf(SCOPE_CODES).withDefault([]),
  metric: listOf(INVESTMENT_METRICS).withDefault([]),
  sector: listOf(SECTORS).withDefault([]),
  from: yearParam,
  to: yearParam,
  q: searchParam,
};

const load = createLoader(investmentParams);
export const investmentUrl = createSerializer(investmentParams);

export function investmentFilterFromUrl(raw: RawSearchParams | URLSearchParams): InvestmentFilter {
  const p = load(toUrlSearchParams(raw));
  return {
    countries: nonEmpty(p.country),
    metricKinds: nonEmpty(p.metric),
    sectors: nonEmpty(p.sector),
    yearFrom: clampYear(p.from),
    yearTo: clampYear(p.to),
    search: trimmed(p.q),
  };
}

/** An investment chart's download names its axis unit (`unit=usd|count`): one kind can have both. */
export function chartUnitFromUrl(params: URLSearchParams): InvestmentChartUnit | undefined {
  const unit = params.get('unit');
  return INVESTMENT_CHART_UNITS.find((u) => u === unit);
}
