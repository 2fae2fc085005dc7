import type { TableShape } from '../table-shape';

export function quoteIdentifier(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

/**
 * `ORDER BY` the primary key, identical on both sides: `collate` adds the collation that makes text keys
 * sort by code point in PostgreSQL (`COLLATE "C"`), which is how SQLite's default BINARY sorts UTF-8.
 */
export function orderByPrimaryKey(shape: TableShape, collate: (kind: string) => string): string {
  if (shape.primaryKey.length === 0)
    throw new Error(`${shape.name} has no primary key to order by`);
  const kinds = new Map(shape.columns.map((c) => [c.name, c.kind]));
  const keys = shape.primaryKey.map(
    (name) => `${quoteIdentifier(name)}${collate(kinds.get(name) ?? '')}`,
  );
  return `ORDER BY ${keys.join(', ')}`;
}
