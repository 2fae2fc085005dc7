import 'server-only';
import type { Db } from '@tianshan/db/client';
import type { ExportQuery } from '@tianshan/db/exchange/export-query';
import { investmentChartExportQuery } from '@tianshan/db/exchange/investment-chart-export';
import { investmentExportQuery } from '@tianshan/db/exchange/investment-export';
import { projectExportQuery } from '@tianshan/db/exchange/project-export';
import { projectLanesExportQuery } from '@tianshan/db/exchange/project-lanes-export';
import { indicatorExportQuery, sourceExportQuery } from '@tianshan/db/exchange/reference-exports';
import { timelineDensityExportQuery } from '@tianshan/db/exchange/timeline-density-export';
import { timelineExportQuery } from '@tianshan/db/exchange/timeline-export';
import { tradeExportQuery } from '@tianshan/db/exchange/trade-export';
import { SCOPE_CODES } from '@tianshan/model';
import { chartUnitFromUrl, investmentFilterFromUrl } from '~/filters/investment-params';
import { projectFilterFromUrl, projectIdsFromUrl } from '~/filters/project-params';
import { indicatorFilterFromUrl, sourceSearchFromUrl } from '~/filters/reference-params';
import { timelineFilterFromUrl } from '~/filters/timeline-params';
import { tradeFilterFromUrl } from '~/filters/trade-params';

/**
 * Each downloadable view: the SAME URL loader its page uses, so a download holds exactly the rows on
 * screen, and the words that go into its file name.
 */
export interface ExportView {
  query: (db: Db, params: URLSearchParams) => ExportQuery;
  nameParts: (params: URLSearchParams) => string[];
}

const countriesAndYears = (params: URLSearchParams): string[] => {
  const countries = params
    .getAll('country')
    .filter((c) => (SCOPE_CODES as readonly string[]).includes(c));
  const from = params.get('from');
  const to = params.get('to');
  return [...countries, ...(from || to ? [`${from ?? 'start'}-${to ?? 'latest'}`] : [])].map((p) =>
    p.replace(/[^A-Za-z0-9-]/g, ''),
  );
};

export const EXPORT_VIEWS: Record<string, ExportView> = {
  trade: {
    query: (db, p) => tradeExportQuery(db, tradeFilterFromUrl(p)),
    nameParts: countriesAndYears,
  },
  investments: {
    query: (db, p) => investmentExportQuery(db, investmentFilterFromUrl(p)),
    nameParts: countriesAndYears,
  },
  'investment-chart': {
    query: (db, p) =>
      investmentChartExportQuery(db, {
        ...investmentFilterFromUrl(p),
        unit: chartUnitFromUrl(p),
      }),
    nameParts: countriesAndYears,
  },
  projects: {
    query: (db, p) => projectExportQuery(db, projectFilterFromUrl(p)),
    nameParts: countriesAndYears,
  },
  'project-lanes': {
    query: (db, p) =>
      projectLanesExportQuery(
        db,
        { ...projectFilterFromUrl(p), ids: projectIdsFromUrl(p) },
        new Date().toISOString().slice(0, 10),
      ),
    nameParts: countriesAndYears,
  },
  timeline: {
    query: (db, p) => timelineExportQuery(db, timelineFilterFromUrl(p)),
    nameParts: countriesAndYears,
  },
  'timeline-density': {
    query: (db, p) => timelineDensityExportQuery(db, timelineFilterFromUrl(p)),
    nameParts: countriesAndYears,
  },
  indicators: {
    query: (db, p) => indicatorExportQuery(db, indicatorFilterFromUrl(p)),
    nameParts: countriesAndYears,
  },
  sources: {
    query: (db, p) => sourceExportQuery(db, { search: sourceSearchFromUrl(p) }),
    nameParts: () => [],
  },
};

export function exportFileName(view: string, parts: string[], today: string): string {
  return ['tianshan', view, ...parts.filter(Boolean), today].join('-') + '.csv';
}
