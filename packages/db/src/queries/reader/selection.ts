import {
  Column,
  getTableColumns,
  is,
  sql,
  type GetColumnData,
  type SQL,
  type Table,
} from 'drizzle-orm';
import type { Reader } from './reader';

/** What a read selects: its output names, each a column or a typed `sql` expression. */
export type Selection = Record<string, Column | SQL>;

/** A selected row as JavaScript sees it, in both dialects. */
export type Selected<S extends Selection> = {
  [K in keyof S]: S[K] extends Column ? GetColumnData<S[K]> : S[K] extends SQL<infer T> ? T : never;
};

/** `expr AS "name", …`: quoted, since PostgreSQL folds an unquoted alias to lower case. */
export function selectList(selection: Selection): SQL {
  return sql.join(
    Object.entries(selection).map(([name, value]) => sql`${value} AS ${sql.identifier(name)}`),
    sql`, `,
  );
}

/**
 * Decodes a row (an array in selection order) by each column's own mapper (SQLite's 0/1 flag becomes a
 * boolean); an expression's value is taken as the driver gives it, which both readers make the same for
 * text and numbers (an expression yielding a flag would differ: compare in SQL instead). NULL stays null,
 * as in Drizzle's own select.
 */
export function decoderOf<S extends Selection>(selection: S): (raw: unknown[]) => Selected<S> {
  const fields = Object.entries(selection).map(([name, value]) => ({
    name,
    column: is(value, Column) ? value : null,
  }));
  return (raw) => {
    const row: Record<string, unknown> = {};
    fields.forEach(({ name, column }, i) => {
      const value = raw[i];
      row[name] =
        value === null || value === undefined
          ? null
          : column
            ? column.mapFromDriverValue(value)
            : value;
    });
    return row as Selected<S>;
  };
}

/**
 * `SELECT <selection> <rest>`, run by the reader and decoded. `rest` is the FROM clause onwards; as with
 * `Reader.all`, everything it embeds must follow from `key`.
 */
export async function selectRows<S extends Selection>(
  reader: Reader,
  key: string,
  selection: S,
  rest: () => SQL,
  values?: Record<string, unknown>,
): Promise<Selected<S>[]> {
  const raws = await reader.arrays(
    key,
    () => sql`SELECT ${selectList(selection)} ${rest()}`,
    values,
  );
  return raws.map(decoderOf(selection));
}

/** Every column of a table, named as its row type names them. */
export function allColumns<T extends Table>(table: T): T['_']['columns'] {
  return getTableColumns(table);
}

/** ` WHERE …`, or nothing when a filter has no condition. */
export function whereClause(condition: SQL | undefined): SQL {
  return condition ? sql` WHERE ${condition}` : sql``;
}
