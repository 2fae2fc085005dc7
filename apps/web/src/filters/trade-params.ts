import { createLoader, createSerializer } from 'nuqs/server';
import { PERIOD_KINDS, REPORTERS, SCOPE_CODES, type TradeFilter } from '@tianshan/model';
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

export const tradeParams = {
  country: listOf(SCOPE_CODES).withDefault([]),
  from: yearParam,
  to: yearParam,
  period: listOf(PERIOD_KINDS).withDefault([]),
  reporter: listOf(REPORTERS).withDefault([]),
  product: searchParam,
  q: searchParam,
};

const load = createLoader(tradeParams);
export const tradeUrl = createSerializer(tradeParams);

export function tradeFilterFromUrl(raw: RawSearchParams | URLSearchParams): TradeFilter {
  const p = load(toUrlSearchParams(raw));
  return {
    countries: nonEmpty(p.country),
    yearFrom: clampYear(p.from),
    yearTo: clampYear(p.to),
    periodKinds: nonEmpty(p.period),
    reporters: nonEmpty(p.reporter),
    productCode: p.product && /^(\d{2,10}|all)$/.test(p.product) ? p.product : undefined,
    search: trimmed(p.q),
  };
}
