import {
  COUNTRY_CODES,
  type CountryCode,
  type Reporter,
  type ScopeCode,
  type TradeFilter,
} from '@tianshan/model';
import type { Database } from './reader/reader';
import { preferredTradeFigures, type TradeFigure } from './trade';
import { everyYearOfSpan, firstByKey, type YearRow } from './year-span';

interface FullYearsParams {
  countries: ScopeCode[];
  reporters?: Reporter[];
  yearFrom?: number;
  yearTo?: number;
}

/** Full calendar years only: a Jan-May figure is not comparable with a year. */
function fullYears(db: Database, params: FullYearsParams): Promise<TradeFigure[]> {
  return preferredTradeFigures(db, { ...params, periodKinds: ['year'] });
}

export interface YearPoint {
  year: number;
  reporter: string;
  totalUsd: number | null;
  chinaExportsUsd: number | null;
  chinaImportsUsd: number | null;
  /** China's exports minus imports, only when the source states both (never derived from the total). */
  balanceUsd: number | null;
  /** Change against the previous calendar year of the same reporter; null where that year is missing. */
  computedGrowthBp: number | null;
  figure: TradeFigure;
}

function growth(current: number | null, previous: number | null | undefined): number | null {
  if (current === null || previous === null || previous === undefined || previous === 0)
    return null;
  return Math.round(((current - previous) / previous) * 10_000);
}

export interface TradeSeriesParams {
  country: ScopeCode;
  reporters?: Reporter[];
}

/** China's total, exports and imports as China reports them, and the total as the country reports it. */
export type TradeSeriesLine = 'cn' | 'cnExports' | 'cnImports' | 'partner';

export interface TradeSeries {
  points: YearPoint[];
  /** One row per year of the span, the lines above as columns. */
  chart: YearRow<TradeSeriesLine>[];
}

const SERIES_LINES: readonly TradeSeriesLine[] = ['cn', 'cnExports', 'cnImports', 'partner'];

/** Calendar-year trade of one country, per reporter, with gaps left as gaps. */
export async function tradeSeries(db: Database, params: TradeSeriesParams): Promise<TradeSeries> {
  const points = await yearPoints(db, params);
  const at = firstByKey(points, (p) => `${p.reporter}|${p.year}`);
  const chart = everyYearOfSpan(
    points.map((p) => p.year),
    SERIES_LINES,
    (year, line) => {
      if (line === 'partner') return at.get(`${params.country}|${year}`)?.totalUsd ?? null;
      const cn = at.get(`CN|${year}`);
      if (line === 'cnExports') return cn?.chinaExportsUsd ?? null;
      if (line === 'cnImports') return cn?.chinaImportsUsd ?? null;
      return cn?.totalUsd ?? null;
    },
  );
  return { points, chart };
}

async function yearPoints(
  db: Database,
  { country, reporters }: TradeSeriesParams,
): Promise<YearPoint[]> {
  const figures = (await fullYears(db, { countries: [country], reporters })).sort(
    (a, b) => a.year - b.year || a.reporter.localeCompare(b.reporter),
  );
  const byReporterYear = new Map(figures.map((f) => [`${f.reporter}|${f.year}`, f]));
  return figures.map((f) => ({
    year: f.year,
    reporter: f.reporter,
    totalUsd: f.totalUsd,
    chinaExportsUsd: f.chinaExportsUsd,
    chinaImportsUsd: f.chinaImportsUsd,
    balanceUsd:
      f.chinaExportsUsd !== null && f.chinaImportsUsd !== null
        ? f.chinaExportsUsd - f.chinaImportsUsd
        : null,
    computedGrowthBp: growth(
      f.totalUsd,
      byReporterYear.get(`${f.reporter}|${f.year - 1}`)?.totalUsd,
    ),
    figure: f,
  }));
}

export interface CountryYearCell {
  year: number;
  country: CountryCode;
  figure: TradeFigure;
}

export interface TradeByCountryYearParams {
  reporter?: Reporter;
  yearFrom?: number;
  yearTo?: number;
  countries?: CountryCode[];
}

export interface TradeByCountryYear {
  cells: CountryYearCell[];
  /** One row per year of the span, one column per country asked for. */
  chart: YearRow<CountryCode>[];
}

/** The five countries' calendar-year totals as one reporter states them (China's customs by default). */
export async function tradeByCountryYear(
  db: Database,
  params: TradeByCountryYearParams = {},
): Promise<TradeByCountryYear> {
  const countries = params.countries?.length ? params.countries : [...COUNTRY_CODES];
  const cells = (
    await fullYears(db, {
      countries,
      reporters: [params.reporter ?? 'CN'],
      yearFrom: params.yearFrom,
      yearTo: params.yearTo,
    })
  )
    .filter((f) => f.totalUsd !== null)
    .map((f) => ({ year: f.year, country: f.scope as CountryCode, figure: f }))
    .sort((a, b) => a.year - b.year || a.country.localeCompare(b.country));
  const at = firstByKey(cells, (c) => `${c.country}|${c.year}`);
  const chart = everyYearOfSpan(
    cells.map((c) => c.year),
    countries,
    (year, country) => at.get(`${country}|${year}`)?.figure.totalUsd ?? null,
  );
  return { cells, chart };
}

/** One line of the explorer's chart: a country as one reporter states it. */
export interface TradeChartLine {
  key: string;
  country: ScopeCode;
  reporter: Reporter;
}

export interface TradeYearChart {
  lines: TradeChartLine[];
  rows: YearRow<string>[];
}

/** More lines than this are unreadable; the table below the chart still lists every figure. */
const MAX_CHART_LINES = 8;

/**
 * The explorer's chart: calendar-year totals matching a filter, one line per country and reporter (the
 * first few in the list's order), over every year of the span so gaps stay gaps.
 */
export async function tradeYearChart(db: Database, filter: TradeFilter): Promise<TradeYearChart> {
  if (filter.periodKinds?.length && !filter.periodKinds.includes('year'))
    return { lines: [], rows: [] };
  const yearly = (await preferredTradeFigures(db, { ...filter, periodKinds: ['year'] })).filter(
    (f) => f.totalUsd !== null,
  );
  const keyOf = (f: TradeFigure) => `${f.scope}|${f.reporter}`;
  const lines = [...firstByKey(yearly, keyOf).values()].slice(0, MAX_CHART_LINES).map((f) => ({
    key: keyOf(f),
    country: f.scope as ScopeCode,
    reporter: f.reporter as Reporter,
  }));
  const at = firstByKey(yearly, (f) => `${keyOf(f)}|${f.year}`);
  const rows = everyYearOfSpan(
    yearly.map((f) => f.year),
    lines.map((l) => l.key),
    (year, key) => at.get(`${key}|${year}`)?.totalUsd ?? null,
  );
  return { lines, rows };
}

export interface MirrorYear {
  year: number;
  china: TradeFigure;
  partner: TradeFigure;
  /** China-reported total divided by partner-reported total. */
  ratio: number;
}

/** China-reported against partner-reported totals for the years where both exist. */
export async function mirrorStatistics(db: Database, country: CountryCode): Promise<MirrorYear[]> {
  const figures = await fullYears(db, { countries: [country], reporters: ['CN', country] });
  const china = new Map(
    figures.filter((f) => f.reporter === 'CN' && f.totalUsd).map((f) => [f.year, f]),
  );
  return figures
    .filter((f) => f.reporter === country && f.totalUsd)
    .flatMap((partner) => {
      const cn = china.get(partner.year);
      if (!cn || !cn.totalUsd || !partner.totalUsd) return [];
      return [{ year: partner.year, china: cn, partner, ratio: cn.totalUsd / partner.totalUsd }];
    })
    .sort((a, b) => a.year - b.year);
}

export interface AggregateCheck {
  year: number;
  reportedUsd: number;
  sumOfCountriesUsd: number;
  /** reported − sum; a few tens of millions is rounding, more means the sources disagree. */
  differenceUsd: number;
  aggregate: TradeFigure;
  countries: TradeFigure[];
}

/** Checks China's C5 aggregate against the sum of its five country figures, where all six exist. */
export async function aggregateConsistency(db: Database): Promise<AggregateCheck[]> {
  const figures = await fullYears(db, { countries: [...COUNTRY_CODES, 'C5'], reporters: ['CN'] });
  const years = [...new Set(figures.filter((f) => f.scope === 'C5').map((f) => f.year))].sort();
  return years.flatMap((year) => {
    const aggregate = figures.find((f) => f.scope === 'C5' && f.year === year);
    const countries = figures.filter(
      (f) => f.scope !== 'C5' && f.year === year && f.totalUsd !== null,
    );
    if (!aggregate?.totalUsd || countries.length !== COUNTRY_CODES.length) return [];
    const sum = countries.reduce((s, f) => s + (f.totalUsd ?? 0), 0);
    return [
      {
        year,
        reportedUsd: aggregate.totalUsd,
        sumOfCountriesUsd: sum,
        differenceUsd: aggregate.totalUsd - sum,
        aggregate,
        countries,
      },
    ];
  });
}

export interface TradeHeadline {
  latest: TradeFigure;
  previous: TradeFigure | null;
  computedGrowthBp: number | null;
}

/** The newest China-reported calendar-year total for the five together, with its change. */
export async function tradeHeadline(db: Database): Promise<TradeHeadline | null> {
  const series = (await fullYears(db, { countries: ['C5'], reporters: ['CN'] }))
    .filter((f) => f.totalUsd !== null)
    .sort((a, b) => b.year - a.year);
  const [latest] = series;
  if (!latest) return null;
  const previous = series.find((f) => f.year === latest.year - 1) ?? null;
  return { latest, previous, computedGrowthBp: growth(latest.totalUsd, previous?.totalUsd) };
}
