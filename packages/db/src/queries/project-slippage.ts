import { and, inArray, isNotNull, or, sql, type Column, type SQL } from 'drizzle-orm';
import { UNFINISHED_STATUSES } from '@tianshan/model';
import type { SqlDialect } from './reader/reader';
import { sqliteSql } from './reader/sqlite-reader';

/** The first day a partial date can mean (`2022` → `2022-01-01`), as text that sorts by date. */
const startOf = (date: Column) => sql`substr(${date} || '-01-01', 1, 10)`;

/**
 * The last day a partial date can mean. A month ends on the 31st here whatever its length: no real
 * day falls between its last day and the 31st, so every comparison with a real day comes out the same.
 */
const endOf = (date: Column) =>
  sql`(CASE length(${date}) WHEN 4 THEN ${date} || '-12-31' WHEN 7 THEN ${date} || '-31' ELSE ${date} END)`;

/**
 * Projects finished, or now expected to finish, later than planned — or still unfinished past their
 * planned date. The same rule as `completionSlippage`, which says by how much.
 */
export function delayedProjectsWhere(
  today: string,
  dialect: SqlDialect = sqliteSql,
): SQL | undefined {
  const { projects } = dialect.tables;
  const planned = projects.plannedCompletionOn;
  const expected = projects.expectedCompletionOn;
  return and(
    isNotNull(planned),
    or(
      and(isNotNull(expected), sql`${startOf(expected)} > ${endOf(planned)}`),
      and(
        sql`${expected} IS NULL`,
        inArray(projects.status, [...UNFINISHED_STATUSES]),
        sql`${endOf(planned)} < ${today}`,
      ),
    ),
  );
}
