import { COUNTRIES } from '@tianshan/model';
import { exportHref } from '~/filters/view-links';

/** The reports behind the country table and the chart: every China-reported calendar-year figure of the five. */
export const FIVE_CN_YEARS = exportHref.trade({
  country: COUNTRIES.map((c) => c.code),
  period: ['year'],
  reporter: ['CN'],
});
