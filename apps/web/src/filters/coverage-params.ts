import { createLoader, createSerializer } from 'nuqs/server';
import type { RouterInputs } from '@tianshan/api';
import { COUNTRY_CODES, REPORTER_GROUPS } from '@tianshan/model';
import {
  clampYear,
  listOf,
  nonEmpty,
  toUrlSearchParams,
  yearParam,
  type RawSearchParams,
} from './parsers';

export const coverageParams = {
  country: listOf(COUNTRY_CODES).withDefault([]),
  reporterGroup: listOf(REPORTER_GROUPS).withDefault([]),
  from: yearParam,
  to: yearParam,
};

const load = createLoader(coverageParams);
export const coverageUrl = createSerializer(coverageParams);

export type CoverageFilter = Exclude<RouterInputs['trade']['coverage'], void | undefined>;

export function coverageFilterFromUrl(raw: RawSearchParams | URLSearchParams): CoverageFilter {
  const p = load(toUrlSearchParams(raw));
  return {
    countries: nonEmpty(p.country),
    reporterGroups: nonEmpty(p.reporterGroup),
    yearFrom: clampYear(p.from),
    yearTo: clampYear(p.to),
  };
}
