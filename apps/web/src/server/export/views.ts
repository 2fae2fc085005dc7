import 'server-only';
import type { Database } from '@tianshan/db/database';
import { COVERAGE_CSV_COLUMNS, coverageCsvRows } from '@tianshan/db/exchange/coverage-export';
import type { ExportColumn, PortableExport } from '@tianshan/db/exchange/export-query';
import { investmentChartExport } from '@tianshan/db/exchange/investment-chart-export';
import { investmentExport } from '@tianshan/db/exchange/investment-export';
import { projectExport } from '@tianshan/db/exchange/project-export';
import { projectLanesExport } from '@tianshan/db/exchange/project-lanes-export';
import { indicatorExport, sourceListExport } from '@tianshan/db/exchange/reference-exports';
import { timelineDensityExport } from '@tianshan/db/exchange/timeline-density-export';
import { timelineExport } from '@tianshan/db/exchange/timeline-export';
import { tradeExport } from '@tianshan/db/exchange/trade-export';
import { tradeCoverage } from '@tianshan/db/queries/trade-coverage';
import { readCoverageUrl } from '~/filters/coverage-params';
import { readInvestmentChartUrl, readInvestmentUrl } from '~/filters/investment-params';
import { readProjectLanesUrl, readProjectUrl } from '~/filters/project-params';
import type { IgnoredParam } from '~/filters/read-params';
import { readIndicatorUrl, readSourceUrl } from '~/filters/reference-params';
import { readTimelineUrl } from '~/filters/timeline-params';
import { readTradeUrl } from '~/filters/trade-params';

/** A small view computed in memory (the coverage grid, a few hundred cells) rather than streamed from SQL. */
export interface ComputedExport {
  columns: readonly ExportColumn[];
  rows: Iterable<Record<string, unknown>>;
}

/** An export's request, read by the SAME reader its page uses, so a download holds exactly the rows on screen. */
export type ExportRequest = {
  /** Parameters the reader could not use: the export refuses rather than download more than was asked. */
  ignored: IgnoredParam[];
  /** The words that go into the file name. */
  nameParts: string[];
} & ({ portable: PortableExport } | { computed: (db: Database) => Promise<ComputedExport> });

export type ExportView = (params: URLSearchParams) => ExportRequest;

interface NamedFilter {
  countries?: readonly string[];
  yearFrom?: number;
  yearTo?: number;
  from?: string;
  to?: string;
  search?: string;
}

const countriesAndYears = (f: NamedFilter): string[] => {
  const from = f.yearFrom ?? f.from;
  const to = f.yearTo ?? f.to;
  return [
    ...(f.countries ?? []),
    ...(from !== undefined || to !== undefined ? [`${from ?? 'start'}-${to ?? 'latest'}`] : []),
  ].map((p) => p.replace(/[^A-Za-z0-9-]/g, ''));
};

function exportView<Filter extends NamedFilter>(
  read: (params: URLSearchParams) => { filter: Filter; ignored: IgnoredParam[] },
  portable: (filter: Filter) => PortableExport,
): ExportView {
  return (params) => {
    const { filter, ignored } = read(params);
    return { ignored, portable: portable(filter), nameParts: countriesAndYears(filter) };
  };
}

const coverageView: ExportView = (params) => {
  const { filter, ignored } = readCoverageUrl(params);
  return {
    ignored,
    nameParts: countriesAndYears(filter),
    computed: async (db) => ({
      columns: COVERAGE_CSV_COLUMNS,
      rows: coverageCsvRows(
        await tradeCoverage(db, { ...filter, today: new Date().toISOString().slice(0, 10) }),
      ),
    }),
  };
};

export const EXPORT_VIEWS: Record<string, ExportView> = {
  trade: exportView(readTradeUrl, tradeExport),
  investments: exportView(readInvestmentUrl, investmentExport),
  'investment-chart': exportView(readInvestmentChartUrl, investmentChartExport),
  projects: exportView(readProjectUrl, projectExport),
  'project-lanes': exportView(readProjectLanesUrl, (filter) =>
    projectLanesExport(filter, new Date().toISOString().slice(0, 10)),
  ),
  timeline: exportView(readTimelineUrl, timelineExport),
  'timeline-density': exportView(readTimelineUrl, timelineDensityExport),
  indicators: exportView(readIndicatorUrl, indicatorExport),
  sources: exportView(readSourceUrl, sourceListExport),
  coverage: coverageView,
};

export function exportFileName(view: string, parts: string[], today: string): string {
  return ['tianshan', view, ...parts.filter(Boolean), today].join('-') + '.csv';
}
