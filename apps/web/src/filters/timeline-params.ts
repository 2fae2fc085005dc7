import { createLoader, createSerializer } from 'nuqs/server';
import {
  COUNTRY_CODES,
  EVENT_KINDS,
  MILESTONE_KINDS,
  SECTORS,
  type TimelineFilter,
} from '@tianshan/model';
import {
  listOf,
  nonEmpty,
  searchParam,
  toUrlSearchParams,
  trimmed,
  type RawSearchParams,
} from './parsers';

export const timelineParams = {
  country: listOf(COUNTRY_CODES).withDefault([]),
  sector: listOf(SECTORS).withDefault([]),
  milestone: listOf(MILESTONE_KINDS).withDefault([]),
  event: listOf(EVENT_KINDS).withDefault([]),
  from: searchParam,
  to: searchParam,
  q: searchParam,
};

const load = createLoader(timelineParams);
export const timelineUrl = createSerializer(timelineParams);

const PARTIAL = /^\d{4}(-\d{2}(-\d{2})?)?$/;

export function timelineFilterFromUrl(raw: RawSearchParams | URLSearchParams): TimelineFilter {
  const p = load(toUrlSearchParams(raw));
  return {
    countries: nonEmpty(p.country),
    sectors: nonEmpty(p.sector),
    milestoneKinds: nonEmpty(p.milestone),
    eventKinds: nonEmpty(p.event),
    from: p.from && PARTIAL.test(p.from) ? p.from : undefined,
    to: p.to && PARTIAL.test(p.to) ? p.to : undefined,
    search: trimmed(p.q),
  };
}
