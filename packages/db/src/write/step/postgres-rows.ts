import { getTableColumns, getTableName, sql, type SQL, type Table } from 'drizzle-orm';
import { decoderOf, selectList } from '../../queries/reader/selection';
import { runStep, selectStep, type Step } from './step';

/**
 * Many rows per statement, on PostgreSQL only (SQLite writes its rows one prepared statement at a time,
 * raw-insert.ts). One round trip per chunk of rows instead of one per row is what makes a bulk write on a
 * pooled connection fast. The rows travel as one array per column (`INSERT … SELECT * FROM unnest($1::text[],
 * …)`): the statement has a parameter per column, not per value, so building it stays cheap (Drizzle took
 * 0.1–0.2 s to build a 500-row `VALUES` list of single parameters) and its text is the same for every chunk.
 */

type Values = Record<string, unknown>;

/** The rows grouped by the columns they define: a column left out takes its default, as in a single insert. */
function byShape(rows: readonly Values[]): Values[][] {
  const groups = new Map<string, Values[]>();
  for (const row of rows) {
    let shape = '';
    for (const key in row) if (row[key] !== undefined) shape += `${key},`;
    const group = groups.get(shape);
    if (group) group.push(row);
    else groups.set(shape, [row]);
  }
  return [...groups.values()];
}

/** `INSERT INTO table (…) SELECT * FROM unnest(…)` for rows that all define the same columns. */
function insertOf(table: Table, rows: readonly Values[]): SQL {
  const all = getTableColumns(table);
  const first = rows[0] ?? {};
  const keys = Object.keys(first).filter((key) => first[key] !== undefined);
  const columns = keys.map((key) => {
    const column = all[key];
    if (!column) throw new Error(`${getTableName(table)} has no column ${key}`);
    return column;
  });
  const names = sql.join(
    columns.map((c) => sql.identifier(c.name)),
    sql`, `,
  );
  const arrays = sql.join(
    columns.map((column, i) => {
      const key = keys[i] as string;
      const values = rows.map((row) => {
        const value = row[key];
        return value === null ? null : column.mapToDriverValue(value);
      });
      return sql`${sql.param(values)}::${sql.raw(column.getSQLType())}[]`;
    }),
    sql`, `,
  );
  return sql`INSERT INTO ${table} (${names}) SELECT * FROM unnest(${arrays})`;
}

/** Inserts the rows, a statement per set of columns they define; nothing is read back. */
export function* insertRowsStep(table: Table, rows: readonly Values[]): Step<void> {
  for (const group of byShape(rows)) yield* runStep(insertOf(table, group));
}

/** Inserts the rows as `insertRowsStep` does and returns them as stored (defaults filled in), in no set order. */
export function* insertRowsReturningStep<T extends Table>(
  table: T,
  rows: readonly Values[],
): Step<T['$inferSelect'][]> {
  const all = getTableColumns(table);
  const stored: T['$inferSelect'][] = [];
  for (const group of byShape(rows)) {
    const query = sql`${insertOf(table, group)} RETURNING ${selectList(all)}`;
    const raws = yield { query, rows: true };
    stored.push(...raws.map(decoderOf(all)));
  }
  return stored;
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
