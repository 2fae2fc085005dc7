import { asc, desc, sql } from 'drizzle-orm';
import { investmentDescriptor, type InvestmentFilter } from '@tianshan/model';
import type { Db } from '../client';
import { investments } from '../schema';
import { investmentWhere } from '../queries/investments';
import { exportColumns, exportSelection } from './descriptor-select';
import type { ExportQuery } from './export-query';
import { sourceColumns, SOURCE_CSV_COLUMNS } from './source-columns';

export const INVESTMENT_CSV_COLUMNS = [
  ...exportColumns(investmentDescriptor),
  ...SOURCE_CSV_COLUMNS,
];

export function investmentExportQuery(db: Db, filter: InvestmentFilter): ExportQuery {
  const i = investments;
  const { sql: text, params } = db
    .select({
      ...exportSelection(investmentDescriptor, i),
      ...sourceColumns('investment', sql`${i.id}`),
    })
    .from(i)
    .where(investmentWhere(filter))
    .orderBy(asc(i.scope), asc(i.metricKind), desc(i.asOf), asc(i.id))
    .toSQL();
  return { sql: text, params, columns: INVESTMENT_CSV_COLUMNS };
}
