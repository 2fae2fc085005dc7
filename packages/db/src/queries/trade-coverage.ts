import { sql, type SQL } from 'drizzle-orm';
import {
  COUNTRY_CODES,
  formatPeriodSpan,
  freshnessOf,
  parsePeriod,
  releaseRuleOf,
  type CountryCode,
  type Freshness,
  type PeriodEnd,
  type Qualifier,
  type ReporterGroup,
  REPORTER_GROUPS,
  SOURCE_GRADES,
} from '@tianshan/model';
import { readerOf, type Database, type SqlDialect } from './reader/reader';

/** The first year of the grid: the starter data and the official databases are sparse before it. */
export const COVERAGE_FIRST_YEAR = 2000;

export interface TradeCoverageParams {
  countries?: CountryCode[];
  reporterGroups?: ReporterGroup[];
  yearFrom?: number;
  yearTo?: number;
  /** ISO date; passed in so the grid's last year and what is due never read a clock here. */
  today: string;
}

/** One stored period of one country and reporter group, reduced to what the grid shows. */
interface PeriodRow {
  scope: CountryCode;
  year: number;
  period: string;
  endMonth: number;
  reporterGroup: ReporterGroup;
  reports: number;
  distinctTotals: number;
  totalUsd: number | null;
  qualifier: Qualifier;
}

/**
 * Every all-goods period of the five countries, one row per country, year, period and reporter group, with
 * the preferred report's total (the same order of preference as the figures everywhere else: an admin's
 * choice, an exact figure over an approximate one, the newest source, the better-graded source, the
 * earlier record) and how many reports disagree. One statement for the whole grid, however many cells it has.
 */
async function coveragePeriods(
  db: Database,
  countries: readonly CountryCode[],
): Promise<PeriodRow[]> {
  const reader = readerOf(db);
  const rows = await reader.all(`coverage periods ${countries.join(',')}`, () =>
    coveragePeriodsSql(reader, countries),
  );
  return rows as unknown as PeriodRow[];
}

/**
 * Written once for both dialects: aliases are quoted (PostgreSQL folds unquoted ones to lower case) and
 * the grades' ranks are inlined, so PostgreSQL never has to guess a parameter's type in a CASE.
 */
function coveragePeriodsSql(dialect: SqlDialect, countries: readonly CountryCode[]): SQL {
  const { tradeReports, citations, sources } = dialect.tables;
  const text = (name: string) => dialect.byCodePoint(sql.identifier(name));
  const scopes = sql.join(
    countries.map((c) => sql`${c}`),
    sql`, `,
  );
  const ungraded = sql.raw(String(SOURCE_GRADES.length));
  // The grades' order as numbers, best first (as `sourceGradeRank`), an ungraded source last.
  const gradeRank = sql.join(
    SOURCE_GRADES.map((g, i) => sql`WHEN ${g} THEN ${sql.raw(String(i))}`),
    sql` `,
  );
  const citing = sql`${citations} c JOIN ${sources} s ON s.id = c.source_id
          WHERE c.record_kind = 'trade-report' AND c.record_id = t.id`;
  return sql`
    WITH reports AS (
      SELECT t.id, t.scope, t.year, t.period, t.period_end_month AS "endMonth",
        t.total_usd AS "totalUsd", t.qualifier, t.preferred,
        CASE WHEN t.reporter = 'CN' THEN 'china' WHEN t.reporter = t.scope THEN 'partner'
          ELSE 'others' END AS "reporterGroup",
        (SELECT max(s.published_on) FROM ${citing}) AS "newestSource",
        (SELECT min(CASE s.grade ${gradeRank} ELSE ${ungraded} END) FROM ${citing}) AS "bestGrade"
      FROM ${tradeReports} t
      WHERE t.deleted_at IS NULL AND t.product_code IS NULL AND t.scope IN (${scopes})
    ),
    ranked AS (
      SELECT *, row_number() OVER (
        PARTITION BY scope, year, period, "reporterGroup"
        ORDER BY CASE WHEN preferred THEN 0 ELSE 1 END,
          CASE qualifier WHEN 'exact' THEN 0 WHEN 'about' THEN 1 ELSE 2 END,
          ${dialect.byCodePoint(sql`coalesce("newestSource", '')`)} DESC, coalesce("bestGrade", ${ungraded}), id
      ) AS rank
      FROM reports
    )
    SELECT scope, year, period, max("endMonth") AS "endMonth", "reporterGroup",
      count(*) AS reports, count(DISTINCT "totalUsd") AS "distinctTotals",
      max(CASE WHEN rank = 1 THEN "totalUsd" END) AS "totalUsd",
      max(CASE WHEN rank = 1 THEN qualifier END) AS qualifier
    FROM ranked
    GROUP BY scope, year, period, "reporterGroup"
    ORDER BY ${text('scope')}, ${text('reporterGroup')}, year, "endMonth"
  `;
}

export type CoverageStatus = 'figure' | 'part-year' | 'gap';

export interface CoverageCell {
  year: number;
  status: CoverageStatus;
  /** The preferred full-year report's total; null for a part-year or a gap (never a zero). */
  totalUsd: number | null;
  qualifier: Qualifier | null;
  /** How many reports of the full-year figure there are when their totals disagree; 0 otherwise. */
  conflictingReports: number;
  /** The newest part-year period of the year ("Jan-Oct"), when there is one. */
  partYearPeriod: string | null;
}

export interface CoverageRow {
  country: CountryCode;
  cells: CoverageCell[];
  /** Years of the grid with a full-year figure. */
  yearsWithFigures: number;
}

export interface CoverageGrid {
  reporterGroup: ReporterGroup;
  rows: CoverageRow[];
}

export interface SeriesFreshness {
  country: CountryCode;
  reporterGroup: ReporterGroup;
  /** The reporter code whose release calendar applies (CN, or the country's own code). */
  publisher: string | null;
  /** The newest stored period ("Jan-Oct" of 2026), or null when the series has none. */
  latest: (PeriodEnd & { period: string; label: string }) | null;
  /** Null when no regular publisher stands behind the series (others, Turkmenistan). */
  freshness: Freshness | null;
}

export interface TradeCoverage {
  years: number[];
  grids: CoverageGrid[];
  series: SeriesFreshness[];
}

/** Longer spans first among periods ending in the same month: Jan-Oct says more than Oct. */
function isNewer(row: PeriodRow, than: PeriodRow | undefined): boolean {
  if (!than) return true;
  if (row.year !== than.year) return row.year > than.year;
  if (row.endMonth !== than.endMonth) return row.endMonth > than.endMonth;
  return (parsePeriod(row.period)?.startMonth ?? 12) < (parsePeriod(than.period)?.startMonth ?? 12);
}

function cellOf(year: number, periods: PeriodRow[]): CoverageCell {
  const full = periods.find((p) => p.period === 'FY');
  const partYear = periods
    .filter((p) => p.period !== 'FY')
    .reduce<PeriodRow | undefined>((best, p) => (isNewer(p, best) ? p : best), undefined);
  return {
    year,
    status: full ? 'figure' : partYear ? 'part-year' : 'gap',
    totalUsd: full?.totalUsd ?? null,
    qualifier: full?.qualifier ?? null,
    conflictingReports: full && full.distinctTotals > 1 ? full.reports : 0,
    partYearPeriod: partYear?.period ?? null,
  };
}

function yearsOf(params: TradeCoverageParams): number[] {
  const first = params.yearFrom ?? COVERAGE_FIRST_YEAR;
  const last = params.yearTo ?? Number(params.today.slice(0, 4));
  return last < first ? [] : Array.from({ length: last - first + 1 }, (_, i) => first + i);
}

function publisherOf(country: CountryCode, group: ReporterGroup): string | null {
  if (group === 'china') return 'CN';
  if (group === 'partner') return country;
  return null;
}

/**
 * The country × year grid of each reporter group (full years and the latest part-year, gaps left as
 * gaps), and each series' newest period against its publisher's release calendar.
 */
export async function tradeCoverage(
  db: Database,
  params: TradeCoverageParams,
): Promise<TradeCoverage> {
  const countries = params.countries?.length ? params.countries : [...COUNTRY_CODES];
  const groups = params.reporterGroups?.length ? params.reporterGroups : [...REPORTER_GROUPS];
  const years = yearsOf(params);
  const byKey = new Map<string, PeriodRow[]>();
  const newest = new Map<string, PeriodRow>();
  for (const row of await coveragePeriods(db, countries)) {
    const series = `${row.scope}|${row.reporterGroup}`;
    const key = `${series}|${row.year}`;
    byKey.set(key, [...(byKey.get(key) ?? []), row]);
    if (isNewer(row, newest.get(series))) newest.set(series, row);
  }
  const grids = groups.map((reporterGroup) => ({
    reporterGroup,
    rows: countries.map((country) => {
      const cells = years.map((year) =>
        cellOf(year, byKey.get(`${country}|${reporterGroup}|${year}`) ?? []),
      );
      return {
        country,
        cells,
        yearsWithFigures: cells.filter((c) => c.status === 'figure').length,
      };
    }),
  }));
  const series = countries.flatMap((country) =>
    groups.map((reporterGroup) => {
      const row = newest.get(`${country}|${reporterGroup}`);
      const latest = row
        ? {
            year: row.year,
            endMonth: row.endMonth,
            period: row.period,
            label: formatPeriodSpan(row.year, row.period),
          }
        : null;
      const publisher = publisherOf(country, reporterGroup);
      const rule = publisher ? releaseRuleOf(publisher) : null;
      return {
        country,
        reporterGroup,
        publisher: rule ? publisher : null,
        latest,
        freshness: rule ? freshnessOf(rule, latest, params.today) : null,
      };
    }),
  );
  return { years, grids, series };
}
