import { createSerializer, parseAsBoolean, parseAsStringLiteral } from 'nuqs/server';
import {
  COUNTRY_CODES,
  PROJECT_SORTS,
  PROJECT_STATUSES,
  SECTORS,
  type ProjectFilter,
} from '@tianshan/model';
import { listOf, searchParam, toUrlSearchParams, type RawSearchParams } from './parsers';
import { PAGE_PARAM } from './paging';
import {
  codeList,
  flag,
  freeText,
  oneWord,
  readParams,
  scopeList,
  sectorList,
  type IgnoredParam,
} from './read-params';

/** The URL's shape, for writing links (the serializer); reading goes through `readProjectUrl`. */
export const projectParams = {
  country: listOf(COUNTRY_CODES).withDefault([]),
  sector: listOf(SECTORS).withDefault([]),
  status: listOf(PROJECT_STATUSES).withDefault([]),
  delayed: parseAsBoolean.withDefault(false),
  q: searchParam,
  sort: parseAsStringLiteral(PROJECT_SORTS).withDefault('name'),
  dir: parseAsStringLiteral(['asc', 'desc'] as const).withDefault('asc'),
};

export const projectUrl = createSerializer(projectParams);

const readers = {
  country: scopeList(COUNTRY_CODES),
  sector: sectorList,
  status: codeList(PROJECT_STATUSES, {
    expected: `a project status (${PROJECT_STATUSES.join(', ')})`,
  }),
  delayed: flag,
  q: freeText,
  sort: oneWord(PROJECT_SORTS, 'name'),
  dir: oneWord(['asc', 'desc'] as const, 'asc'),
};

export function readProjectUrl(raw: RawSearchParams | URLSearchParams): {
  filter: ProjectFilter & { sort: string; dir: string };
  ignored: IgnoredParam[];
} {
  const { values: p, ignored } = readParams(readers, raw, { alsoAllowed: [PAGE_PARAM] });
  return {
    filter: {
      countries: p.country,
      sectors: p.sector,
      statuses: p.status,
      delayed: p.delayed?.on ? true : undefined,
      search: p.q,
      sort: p.sort,
      dir: p.dir,
    },
    ignored,
  };
}

/** The swimlane's download: the list's filters, or one project's own page (`id=`, at most 30). */
export function readProjectLanesUrl(raw: RawSearchParams | URLSearchParams): {
  filter: ReturnType<typeof readProjectUrl>['filter'] & { ids?: number[] };
  ignored: IgnoredParam[];
} {
  const given = toUrlSearchParams(raw);
  const rest = new URLSearchParams(given);
  rest.delete('id');
  const { filter, ignored } = readProjectUrl(rest);
  const ids: number[] = [];
  for (const value of given.getAll('id')) {
    if (/^\d{1,9}$/.test(value.trim())) ids.push(Number(value.trim()));
    else ignored.push({ param: 'id', value, reason: 'not a project id (a whole number)' });
  }
  return { filter: { ...filter, ids: ids.length ? ids.slice(0, 30) : undefined }, ignored };
}
