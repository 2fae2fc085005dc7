import { createSerializer } from 'nuqs/server';
import {
  PERIOD_KINDS,
  REPORTER_LABELS,
  REPORTERS,
  SCOPE_CODES,
  type TradeFilter,
} from '@tianshan/model';
import { listOf, searchParam, yearParam, type RawSearchParams } from './parsers';
import { PAGE_PARAM } from './paging';
import {
  codeList,
  freeText,
  matching,
  readParams,
  scopeList,
  year,
  type IgnoredParam,
} from './read-params';

/** The URL's shape, for writing links (the serializer); reading goes through `readTradeUrl`. */
export const tradeParams = {
  country: listOf(SCOPE_CODES).withDefault([]),
  from: yearParam,
  to: yearParam,
  period: listOf(PERIOD_KINDS).withDefault([]),
  reporter: listOf(REPORTERS).withDefault([]),
  product: searchParam,
  q: searchParam,
};

export const tradeUrl = createSerializer(tradeParams);

const readers = {
  country: scopeList(),
  from: year,
  to: year,
  period: codeList(PERIOD_KINDS, { expected: `a period kind (${PERIOD_KINDS.join(', ')})` }),
  reporter: codeList(REPORTERS, {
    aliases: (r) => [REPORTER_LABELS[r]],
    expected: `a reporter (${REPORTERS.join(', ')})`,
  }),
  product: matching(/^(\d{2,10}|all)$/, 'an HS code of 2 to 10 digits, or all'),
  q: freeText,
};

export function readTradeUrl(raw: RawSearchParams | URLSearchParams): {
  filter: TradeFilter;
  ignored: IgnoredParam[];
} {
  const { values: p, ignored } = readParams(readers, raw, { alsoAllowed: [PAGE_PARAM] });
  return {
    filter: {
      countries: p.country,
      yearFrom: p.from,
      yearTo: p.to,
      periodKinds: p.period,
      reporters: p.reporter,
      productCode: p.product?.text,
      search: p.q,
    },
    ignored,
  };
}
