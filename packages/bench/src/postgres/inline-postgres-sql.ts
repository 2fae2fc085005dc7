/** A value as a PostgreSQL literal; a list becomes an array literal, which the statement's own cast types. */
function literal(value: unknown): string {
  if (value === null || value === undefined) return 'NULL';
  if (typeof value === 'number' || typeof value === 'bigint') return String(value);
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (typeof value === 'string') return `'${value.replaceAll("'", "''")}'`;
  if (value instanceof Date) return literal(value.toISOString());
  if (Array.isArray(value)) {
    const items = value.map((item) =>
      typeof item === 'string'
        ? `"${item.replaceAll('\\', '\\\\').replaceAll('"', '\\"')}"`
        : literal(item),
    );
    return literal(`{${items.join(',')}}`);
  }
  // An object would print as garbage and time a different statement.
  throw new Error(`cannot inline a ${typeof value} parameter`);
}

/** Inlines `$n` parameters as literals so `psql` can run the exact statement our reader runs. */
export function inlinePostgresParams(text: string, values: readonly unknown[]): string {
  return text.replace(/\$(\d+)/g, (_match, n: string) => literal(values[Number(n) - 1]));
}
