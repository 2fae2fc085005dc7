import { getTableColumns, getTableName, sql, type Table } from 'drizzle-orm';
import { decoderOf, selectList } from '../../queries/reader/selection';
import { runStep, selectStep, type Step } from './step';

/**
 * Many rows per statement, on PostgreSQL only: `DEFAULT` inside a multi-row `VALUES` and identity sequences
 * are PostgreSQL's (SQLite writes its rows one prepared statement at a time, raw-insert.ts). One round trip
 * per chunk of rows instead of one per row is what makes a bulk write on a pooled connection fast.
 */

type Values = Record<string, unknown>;

function valuesOf(table: Table, rows: readonly Values[]) {
  const all = getTableColumns(table);
  const keys = [
    ...new Set(rows.flatMap((row) => Object.keys(row).filter((key) => row[key] !== undefined))),
  ];
  const columns = keys.map((key) => {
    const column = all[key];
    if (!column) throw new Error(`${getTableName(table)} has no column ${key}`);
    return column;
  });
  const names = sql.join(
    columns.map((c) => sql.identifier(c.name)),
    sql`, `,
  );
  // A column one row leaves out takes its default in that row, as a single-row insert would.
  const tuples = rows.map(
    (row) =>
      sql`(${sql.join(
        keys.map((key, i) =>
          row[key] === undefined ? sql`DEFAULT` : sql.param(row[key], columns[i]),
        ),
        sql`, `,
      )})`,
  );
  return sql`INSERT INTO ${table} (${names}) VALUES ${sql.join(tuples, sql`, `)}`;
}

/** Inserts the rows in one statement; nothing is read back. */
export function* insertRowsStep(table: Table, rows: readonly Values[]): Step<void> {
  if (rows.length > 0) yield* runStep(valuesOf(table, rows));
}

/** Inserts the rows in one statement and returns them as stored (defaults filled in), in no set order. */
export function* insertRowsReturningStep<T extends Table>(
  table: T,
  rows: readonly Values[],
): Step<T['$inferSelect'][]> {
  if (rows.length === 0) return [];
  const all = getTableColumns(table);
  const raws = yield {
    query: sql`${valuesOf(table, rows)} RETURNING ${selectList(all)}`,
    rows: true,
  };
  return raws.map(decoderOf(all));
}

/**
 * `count` new ids from the table's identity sequence, ascending: rows given them keep the order they were
 * given in (a file's order), and their citations and audit entries can be written without reading back.
 */
export function* nextIdsStep(table: Table, count: number): Step<number[]> {
  if (count === 0) return [];
  const rows = yield* selectStep(
    { id: sql<number>`nextval(pg_get_serial_sequence(${getTableName(table)}, 'id'))` },
    sql`FROM generate_series(1, ${count}::int)`,
  );
  return rows.map((r) => Number(r.id)).sort((a, b) => a - b);
}
