import { createSerializer } from 'nuqs/server';
import {
  SCOPE_CODES,
  SOURCE_GRADE_LABELS,
  SOURCE_GRADES,
  type IndicatorFilter,
  type SourceGrade,
} from '@tianshan/model';
import { listOf, searchParam, type RawSearchParams } from './parsers';
import { PAGE_PARAM } from './paging';
import { codeList, freeText, readParams, scopeList, type IgnoredParam } from './read-params';

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

export const sourceParams = { grade: listOf(SOURCE_GRADES).withDefault([]), q: searchParam };

const sourceReaders = {
  // "Official statistics" is the badge's own wording, so a reader may type what they see.
  grade: codeList(SOURCE_GRADES, {
    aliases: (g) => [SOURCE_GRADE_LABELS[g]],
    expected: `a source grade (${SOURCE_GRADES.join(', ')})`,
  }),
  q: freeText,
};

export function readSourceUrl(raw: RawSearchParams | URLSearchParams): {
  filter: { search: string | undefined; grades: SourceGrade[] | undefined };
  ignored: IgnoredParam[];
} {
  const { values: p, ignored } = readParams(sourceReaders, raw, { alsoAllowed: [PAGE_PARAM] });
  return { filter: { search: p.q, grades: p.grade }, ignored };
}
