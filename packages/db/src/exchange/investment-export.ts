import { asc, desc, sql } from 'drizzle-orm';
import { investmentDescriptor, type InvestmentFilter } from '@tianshan/model';
import { investmentWhere } from '../queries/investments';
import { selectList, whereClause } from '../queries/reader/selection';
import { exportColumns, exportSelection } from './descriptor-select';
import type { PortableExport } from './export-query';
import { recordSources, SOURCE_CSV_COLUMNS } from './source-columns';

export const INVESTMENT_CSV_COLUMNS = [
  ...exportColumns(investmentDescriptor),
  ...SOURCE_CSV_COLUMNS,
];

/** The investments list with its sources, on either database, in the list's order. */
export function investmentExport(filter: InvestmentFilter): PortableExport {
  return {
    columns: INVESTMENT_CSV_COLUMNS,
    statement: (dialect) => {
      const i = dialect.tables.investments;
      const text = dialect.byCodePoint;
      const cited = recordSources('investment', sql`${i.id}`, dialect);
      return sql`SELECT ${selectList({
        ...exportSelection(investmentDescriptor, i, {}, dialect),
        ...cited.columns,
      })} FROM ${i}${cited.join}${whereClause(investmentWhere(filter, dialect))}
        ORDER BY ${asc(text(i.scope))}, ${asc(text(i.metricKind))}, ${desc(text(i.asOf))}, ${asc(i.id)}`;
    },
  };
}
