import { createLoader, createSerializer } from 'nuqs/server';
import { SCOPE_CODES, type IndicatorFilter } from '@tianshan/model';
import {
  listOf,
  nonEmpty,
  searchParam,
  toUrlSearchParams,
  trimmed,
  type RawSearchParams,
} from './parsers';

export const indicatorParams = {
  country: listOf(SCOPE_CODES).withDefault([]),
  q: searchParam,
};

const loadIndicators = createLoader(indicatorParams);
export const indicatorUrl = createSerializer(indicatorParams);

export function indicatorFilterFromUrl(raw: RawSearchParams | URLSearchParams): IndicatorFilter {
  const p = loadIndicators(toUrlSearchParams(raw));
  return { countries: nonEmpty(p.country), search: p.q ?? undefined };
}

export const sourceParams = { q: searchParam };

const loadSources = createLoader(sourceParams);

export function sourceSearchFromUrl(raw: RawSearchParams | URLSearchParams): string | undefined {
  return trimmed(loadSources(toUrlSearchParams(raw)).q);
}
