import { createSerializer } from 'nuqs/server';
import { SCOPE_CODES, type IndicatorFilter } from '@tianshan/model';
import { listOf, searchParam, type RawSearchParams } from './parsers';
import { PAGE_PARAM } from './paging';
import { freeText, readParams, scopeList, type IgnoredParam } from './read-params';

/** The URL's shape, for writing links (the serializer); reading goes through `readIndicatorUrl`. */
export const indicatorParams = {
  country: listOf(SCOPE_CODES).withDefault([]),
  q: searchParam,
};

export const indicatorUrl = createSerializer(indicatorParams);

export function readIndicatorUrl(raw: RawSearchParams | URLSearchParams): {
  filter: IndicatorFilter;
  ignored: IgnoredParam[];
} {
  const { values: p, ignored } = readParams({ country: scopeList(), q: freeText }, raw);
  return { filter: { countries: p.country, search: p.q }, ignored };
}

export const sourceParams = { q: searchParam };

export function readSourceUrl(raw: RawSearchParams | URLSearchParams): {
  filter: { search: string | undefined };
  ignored: IgnoredParam[];
} {
  const { values: p, ignored } = readParams({ q: freeText }, raw, { alsoAllowed: [PAGE_PARAM] });
  return { filter: { search: p.q }, ignored };
}
