import { createSerializer } from 'nuqs/server';
import type { RouterInputs } from '@tianshan/api';
import { COUNTRY_CODES, REPORTER_GROUPS } from '@tianshan/model';
import { listOf, yearParam, type RawSearchParams } from './parsers';
import { codeList, readParams, scopeList, year, type IgnoredParam } from './read-params';

/** The URL's shape, for writing links (the serializer); reading goes through `readCoverageUrl`. */
export const coverageParams = {
  country: listOf(COUNTRY_CODES).withDefault([]),
  reporterGroup: listOf(REPORTER_GROUPS).withDefault([]),
  from: yearParam,
  to: yearParam,
};

export const coverageUrl = createSerializer(coverageParams);

export type CoverageFilter = Exclude<RouterInputs['trade']['coverage'], void | undefined>;

const readers = {
  country: scopeList(COUNTRY_CODES),
  reporterGroup: codeList(REPORTER_GROUPS, {
    expected: `a reporter group (${REPORTER_GROUPS.join(', ')})`,
  }),
  from: year,
  to: year,
};

export function readCoverageUrl(raw: RawSearchParams | URLSearchParams): {
  filter: CoverageFilter;
  ignored: IgnoredParam[];
} {
  const { values: p, ignored } = readParams(readers, raw);
  return {
    filter: {
      countries: p.country,
      reporterGroups: p.reporterGroup,
      yearFrom: p.from,
      yearTo: p.to,
    },
    ignored,
  };
}
