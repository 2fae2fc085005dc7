import { createSerializer } from 'nuqs/server';
import {
  COUNTRY_CODES,
  EVENT_KINDS,
  MILESTONE_KINDS,
  SECTORS,
  type TimelineFilter,
} from '@tianshan/model';
import { listOf, searchParam, type RawSearchParams } from './parsers';
import { PAGE_PARAM } from './paging';
import {
  codeList,
  freeText,
  partialDate,
  readParams,
  scopeList,
  sectorList,
  type IgnoredParam,
} from './read-params';

/** The URL's shape, for writing links (the serializer); reading goes through `readTimelineUrl`. */
export const timelineParams = {
  country: listOf(COUNTRY_CODES).withDefault([]),
  sector: listOf(SECTORS).withDefault([]),
  milestone: listOf(MILESTONE_KINDS).withDefault([]),
  event: listOf(EVENT_KINDS).withDefault([]),
  from: searchParam,
  to: searchParam,
  q: searchParam,
};

export const timelineUrl = createSerializer(timelineParams);

const readers = {
  country: scopeList(COUNTRY_CODES),
  sector: sectorList,
  milestone: codeList(MILESTONE_KINDS, {
    expected: `a kind of milestone (${MILESTONE_KINDS.join(', ')})`,
  }),
  event: codeList(EVENT_KINDS, { expected: `a kind of event (${EVENT_KINDS.join(', ')})` }),
  from: partialDate,
  to: partialDate,
  q: freeText,
};

export function readTimelineUrl(raw: RawSearchParams | URLSearchParams): {
  filter: TimelineFilter;
  ignored: IgnoredParam[];
} {
  const { values: p, ignored } = readParams(readers, raw, { alsoAllowed: [PAGE_PARAM] });
  return {
    filter: {
      countries: p.country,
      sectors: p.sector,
      milestoneKinds: p.milestone,
      eventKinds: p.event,
      from: p.from?.date,
      to: p.to?.date,
      search: p.q,
    },
    ignored,
  };
}
