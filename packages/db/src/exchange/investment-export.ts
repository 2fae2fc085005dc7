import { asc, desc, sql } from 'drizzle-orm';
import type { InvestmentFilter } from '@tianshan/model';
import type { Db } from '../client';
import { investments } from '../schema';
import { investmentWhere } from '../queries/investments';
import type { ExportQuery } from './export-query';
import { sourceColumns, SOURCE_CSV_COLUMNS } from './source-columns';

export const INVESTMENT_CSV_COLUMNS = [
  { name: 'id', kind: 'number' },
  { name: 'country_iso2', kind: 'text' },
  { name: 'year', kind: 'number' },
  { name: 'as_of', kind: 'date' },
  { name: 'as_of_label', kind: 'text' },
  { name: 'metric_kind', kind: 'text' },
  { name: 'metric', kind: 'text' },
  { name: 'sector', kind: 'text' },
  { name: 'investor', kind: 'text' },
  { name: 'value_usd', kind: 'number' },
  { name: 'amount_original', kind: 'number' },
  { name: 'currency', kind: 'text' },
  { name: 'count', kind: 'number' },
  { name: 'qualifier', kind: 'text' },
  { name: 'reporter_basis', kind: 'text' },
  { name: 'notes', kind: 'text' },
  ...SOURCE_CSV_COLUMNS,
] as const;

export function investmentExportQuery(db: Db, filter: InvestmentFilter): ExportQuery {
  const i = investments;
  const { sql: text, params } = db
    .select({
      id: i.id,
      country_iso2: i.scope,
      year: i.year,
      as_of: i.asOf,
      as_of_label: i.asOfLabel,
      metric_kind: i.metricKind,
      metric: i.metricLabel,
      sector: i.sector,
      investor: i.investor,
      value_usd: i.amountUsd,
      amount_original: i.amountOriginal,
      currency: i.currency,
      count: i.count,
      qualifier: i.qualifier,
      reporter_basis: i.reporterBasis,
      notes: i.notes,
      ...sourceColumns('investment', sql`${i.id}`),
    })
    .from(i)
    .where(investmentWhere(filter))
    .orderBy(asc(i.scope), asc(i.metricKind), desc(i.asOf), asc(i.id))
    .toSQL();
  return { sql: text, params, columns: INVESTMENT_CSV_COLUMNS };
}
