/** Inlines `?` parameters as SQL literals so the sqlite3 CLI can run the exact statement we run. */
export function inlineParams(sql: string, params: unknown[]): string {
  let i = 0;
  return sql.replace(/\?/g, () => {
    const value = params[i++];
    if (value === null || value === undefined) return 'NULL';
    if (typeof value === 'number' || typeof value === 'bigint') return String(value);
    // Anything else (a Buffer, an object) would print as garbage and time a different statement.
    if (typeof value !== 'string') throw new Error(`cannot inline a ${typeof value} parameter`);
    return `'${value.replace(/'/g, "''")}'`;
  });
}
