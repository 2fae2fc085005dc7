import type { Reporter } from './enums';

/**
 * When each regular publisher of trade statistics releases a period's figures. A period is known by its
 * last month; its figures come out on `day` of the month `monthsAfter` months later. These are rules of
 * thumb for "what should be out by now", not an official timetable: an editor uses them to know what to
 * look for next, and a rule marked unconfirmed should be checked against the publisher's own calendar.
 */
export type ReleaseCadence = 'month' | 'quarter' | 'year';

export interface ReleaseRule {
  /** How the publisher is named beside its figures ("China's customs"). */
  label: string;
  cadence: ReleaseCadence;
  /** Each release covers January to the period's end (year-to-date) rather than the period alone. */
  cumulative: boolean;
  monthsAfter: number;
  day: number;
  /** Where the rule comes from, or that it is an assumption. */
  basis: string;
  confirmed: boolean;
}

const PARTNER_ASSUMPTION =
  'Assumption to be confirmed against the statistics office’s release calendar: a monthly ' +
  'year-to-date foreign-trade release by country about six weeks after the month ends.';

/** Publishers without an entry (development banks, "other") publish no regular series here. */
export const RELEASE_CALENDAR: Partial<Record<Reporter, ReleaseRule>> = {
  CN: {
    label: "China's customs",
    cadence: 'month',
    cumulative: true,
    monthsAfter: 1,
    day: 20,
    // The rule as the project's issue on complete series states it; not yet checked against the
    // customs administration's published release calendar.
    basis:
      'Project rule, to be confirmed against the customs release calendar: each month’s ' +
      'cumulative country figures around the 20th of the next month.',
    confirmed: false,
  },
  KZ: {
    label: 'Kazakhstan statistics',
    cadence: 'month',
    cumulative: true,
    monthsAfter: 2,
    day: 15,
    basis: PARTNER_ASSUMPTION,
    confirmed: false,
  },
  KG: {
    label: 'Kyrgyzstan statistics',
    cadence: 'month',
    cumulative: true,
    monthsAfter: 2,
    day: 15,
    basis: PARTNER_ASSUMPTION,
    confirmed: false,
  },
  UZ: {
    label: 'Uzbekistan statistics',
    cadence: 'month',
    cumulative: true,
    monthsAfter: 2,
    day: 15,
    basis: PARTNER_ASSUMPTION,
    confirmed: false,
  },
  TJ: {
    label: 'Tajikistan statistics',
    cadence: 'quarter',
    cumulative: true,
    monthsAfter: 2,
    day: 1,
    basis:
      'Assumption to be confirmed: a quarterly year-to-date release about two months after the ' +
      'quarter ends.',
    confirmed: false,
  },
  // Turkmenistan publishes no regular trade statistics by partner, so nothing is ever "due" from it.
};

export function releaseRuleOf(publisher: string): ReleaseRule | null {
  return RELEASE_CALENDAR[publisher as Reporter] ?? null;
}
