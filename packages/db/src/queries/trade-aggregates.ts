import { COUNTRY_CODES, type CountryCode, type Reporter, type ScopeCode } from '@tianshan/model';
import type { Db } from '../client';
import { preferredTradeFigures, type TradeFigure } from './trade';

/** Full calendar years only: a Jan-May figure is not comparable with a year. */
function fullYears(
  db: Db,
  scopes: ScopeCode[],
  reporters?: Reporter[],
  yearFrom?: number,
  yearTo?: number,
): TradeFigure[] {
  return preferredTradeFigures(db, { scopes, reporters, yearFrom, yearTo, periodKinds: ['year'] });
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

/** Calendar-year trade of one scope, per reporter, with gaps left as gaps. */
export function tradeSeries(db: Db, scope: ScopeCode, reporters?: Reporter[]): YearPoint[] {
  const figures = fullYears(db, [scope], reporters).sort(
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

/** The five countries' calendar-year totals as one reporter states them (China's customs by default). */
export function tradeByCountryYear(
  db: Db,
  options: {
    reporter?: Reporter;
    yearFrom?: number;
    yearTo?: number;
    countries?: CountryCode[];
  } = {},
): CountryYearCell[] {
  const countries = options.countries?.length ? options.countries : [...COUNTRY_CODES];
  return fullYears(db, countries, [options.reporter ?? 'CN'], options.yearFrom, options.yearTo)
    .filter((f) => f.totalUsd !== null)
    .map((f) => ({ year: f.year, country: f.scope as CountryCode, figure: f }))
    .sort((a, b) => a.year - b.year || a.country.localeCompare(b.country));
}

export interface MirrorYear {
  year: number;
  china: TradeFigure;
  partner: TradeFigure;
  /** China-reported total divided by partner-reported total. */
  ratio: number;
}

/** China-reported against partner-reported totals for the years where both exist. */
export function mirrorStatistics(db: Db, country: CountryCode): MirrorYear[] {
  const figures = fullYears(db, [country], ['CN', country]);
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
export function aggregateConsistency(db: Db): AggregateCheck[] {
  const figures = fullYears(db, [...COUNTRY_CODES, 'C5'], ['CN']);
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
export function tradeHeadline(db: Db): TradeHeadline | null {
  const series = fullYears(db, ['C5'], ['CN'])
    .filter((f) => f.totalUsd !== null)
    .sort((a, b) => b.year - a.year);
  const [latest] = series;
  if (!latest) return null;
  const previous = series.find((f) => f.year === latest.year - 1) ?? null;
  return { latest, previous, computedGrowthBp: growth(latest.totalUsd, previous?.totalUsd) };
}
