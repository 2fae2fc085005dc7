import { createSerializer } from 'nuqs/server';
import {
  INVESTMENT_COVERAGE_LABELS,
  INVESTMENT_CHART_UNITS,
  INVESTMENT_COVERAGES,
  INVESTMENT_METRIC_LABELS,
  INVESTMENT_METRICS,
  SCOPE_CODES,
  SECTORS,
  type InvestmentChartUnit,
  type InvestmentFilter,
} from '@tianshan/model';
import { listOf, searchParam, yearParam, type RawSearchParams } from './parsers';
import {
  codeList,
  freeText,
  readParams,
  scopeList,
  sectorList,
  year,
  type IgnoredParam,
  type ReadValues,
} from './read-params';

/** The URL's shape, for writing links (the serializer); reading goes through `readInvestmentUrl`. */
export const investmentParams = {
  country: listOf(SCOPE_CODES).withDefault([]),
  metric: listOf(INVESTMENT_METRICS).withDefault([]),
  coverage: listOf(INVESTMENT_COVERAGES).withDefault([]),
  sector: listOf(SECTORS).withDefault([]),
  from: yearParam,
  to: yearParam,
  q: searchParam,
};

export const investmentUrl = createSerializer(investmentParams);

const readers = {
  country: scopeList(),
  metric: codeList(INVESTMENT_METRICS, {
    aliases: (m) => [INVESTMENT_METRIC_LABELS[m]],
    expected: `a kind of figure (${INVESTMENT_METRICS.join(', ')})`,
  }),
  coverage: codeList(INVESTMENT_COVERAGES, {
    aliases: (c) => [INVESTMENT_COVERAGE_LABELS[c]],
    expected: `a coverage (${INVESTMENT_COVERAGES.join(', ')})`,
  }),
  sector: sectorList,
  from: year,
  to: year,
  q: freeText,
};

/** The filter from the values the readers read: one mapping for the page, its export and its charts' downloads. */
function investmentFilterOf(p: ReadValues<typeof readers>): InvestmentFilter {
  return {
    countries: p.country,
    metricKinds: p.metric,
    coverages: p.coverage,
    sectors: p.sector,
    yearFrom: p.from,
    yearTo: p.to,
    search: p.q,
  };
}

export function readInvestmentUrl(raw: RawSearchParams | URLSearchParams): {
  filter: InvestmentFilter;
  ignored: IgnoredParam[];
} {
  const { values, ignored } = readParams(readers, raw);
  return { filter: investmentFilterOf(values), ignored };
}

const chartReaders = {
  ...readers,
  unit: codeList(INVESTMENT_CHART_UNITS, {
    expected: `a chart unit (${INVESTMENT_CHART_UNITS.join(', ')})`,
  }),
};

/** An investment chart's download: the page's filters plus its axis unit (`unit=usd|count`; a kind can have both). */
export function readInvestmentChartUrl(raw: RawSearchParams | URLSearchParams): {
  filter: InvestmentFilter & { unit?: InvestmentChartUnit };
  ignored: IgnoredParam[];
} {
  const { values: p, ignored } = readParams(chartReaders, raw);
  const filter = investmentFilterOf(p);
  if ((p.unit?.length ?? 0) > 1)
    ignored.push({
      param: 'unit',
      value: p.unit?.join(', ') ?? '',
      reason: 'given more than once',
    });
  return { filter: { ...filter, unit: p.unit?.[0] }, ignored };
}
