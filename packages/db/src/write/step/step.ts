import { getTableColumns, getTableName, is, SQL, sql, type Table } from 'drizzle-orm';
import {
  decoderOf,
  selectList,
  type Selected,
  type Selection,
} from '../../queries/reader/selection';

/** One statement a write hands to its runner; `rows` says whether it returns rows to read. */
export interface Statement {
  readonly query: SQL;
  readonly rows: boolean;
}

/**
 * A part of a write, as a generator: it yields each statement and receives its rows (arrays in the
 * statement's column order). Parts compose with `yield*`, which keeps each part's return type.
 */
export type Step<T> = Generator<Statement, T, unknown[][]>;

/** `SELECT <selection> <rest>`, decoded by each column's own mapper as the reads do. */
export function* selectStep<S extends Selection>(selection: S, rest: SQL): Step<Selected<S>[]> {
  const raws = yield { query: sql`SELECT ${selectList(selection)} ${rest}`, rows: true };
  return raws.map(decoderOf(selection));
}

/** A statement whose rows nobody reads (an UPDATE, a DELETE). */
export function* runStep(query: SQL): Step<void> {
  yield { query, rows: false };
}

type RowOf<T extends Table> = T['$inferSelect'];

function columnOf(table: Table, key: string) {
  const column = getTableColumns(table)[key];
  if (!column) throw new Error(`${getTableName(table)} has no column ${key}`);
  return column;
}

/** The defined entries of `values`: left out, a column gets its default, as in a Drizzle insert. */
const defined = (values: Record<string, unknown>) =>
  Object.entries(values).filter(([, value]) => value !== undefined);

/** Inserts one row and returns it as stored (defaults filled in), each value through its column's codec. */
export function* insertStep<T extends Table>(
  table: T,
  values: Record<string, unknown>,
): Step<RowOf<T>> {
  const entries = defined(values);
  const columns = entries.map(([key]) => columnOf(table, key));
  const names = sql.join(
    columns.map((c) => sql.identifier(c.name)),
    sql`, `,
  );
  const bound = sql.join(
    entries.map(([, value], i) => sql.param(value, columns[i])),
    sql`, `,
  );
  const all = getTableColumns(table);
  const raws = yield {
    query: sql`INSERT INTO ${table} (${names}) VALUES (${bound}) RETURNING ${selectList(all)}`,
    rows: true,
  };
  const [row] = raws.map(decoderOf(all));
  if (!row) throw new Error(`${getTableName(table)}: the insert returned no row`);
  return row;
}

/** `UPDATE … SET … WHERE …`; a value may be an SQL expression (`version + 1`, the clock). */
export function* updateStep(table: Table, set: object, where: SQL): Step<void> {
  const assignments = sql.join(
    defined(set as Record<string, unknown>).map(([key, value]) => {
      const column = columnOf(table, key);
      const bound = is(value, SQL) ? value : sql.param(value, column);
      return sql`${sql.identifier(column.name)} = ${bound}`;
    }),
    sql`, `,
  );
  yield* runStep(sql`UPDATE ${table} SET ${assignments} WHERE ${where}`);
}

export function* deleteStep(table: Table, where: SQL): Step<void> {
  yield* runStep(sql`DELETE FROM ${table} WHERE ${where}`);
}
