import { createLoader, createSerializer, parseAsStringLiteral } from 'nuqs/server';
import {
  COUNTRY_CODES,
  PROJECT_SORTS,
  PROJECT_STATUSES,
  SECTORS,
  type ProjectFilter,
} from '@tianshan/model';
import {
  listOf,
  nonEmpty,
  searchParam,
  toUrlSearchParams,
  trimmed,
  type RawSearchParams,
} from './parsers';

export const projectParams = {
  country: listOf(COUNTRY_CODES).withDefault([]),
  sector: listOf(SECTORS).withDefault([]),
  status: listOf(PROJECT_STATUSES).withDefault([]),
  q: searchParam,
  sort: parseAsStringLiteral(PROJECT_SORTS).withDefault('name'),
  dir: parseAsStringLiteral(['asc', 'desc'] as const).withDefault('asc'),
};

const load = createLoader(projectParams);
export const projectUrl = createSerializer(projectParams);

export function projectFilterFromUrl(
  raw: RawSearchParams | URLSearchParams,
): ProjectFilter & { sort: string; dir: string } {
  const p = load(toUrlSearchParams(raw));
  return {
    countries: nonEmpty(p.country),
    sectors: nonEmpty(p.sector),
    statuses: nonEmpty(p.status),
    search: trimmed(p.q),
    sort: p.sort,
    dir: p.dir,
  };
}

/** One project's swimlane download names it (`id=12`); the list's downloads never do. */
export function projectIdsFromUrl(params: URLSearchParams): number[] | undefined {
  const ids = params
    .getAll('id')
    .filter((v) => /^\d{1,9}$/.test(v))
    .map(Number)
    .slice(0, 30);
  return ids.length ? ids : undefined;
}
