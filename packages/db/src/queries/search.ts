import { or, sql, type Column, type SQL } from 'drizzle-orm';

/** `%` and `_` typed by a user are literal characters, not wildcards. */
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/**
 * Case-insensitive substring match over several columns; undefined when there is nothing to search.
 * `like` is the dialect's case-insensitive LIKE (`SqlDialect.like`); SQLite's LIKE by default.
 */
export function textSearch(
  term: string | undefined,
  columns: Column[],
  like: SQL = sql.raw('LIKE'),
): SQL | undefined {
  const t = term?.trim();
  if (!t) return undefined;
  const pattern = `%${escapeLike(t)}%`;
  return or(...columns.map((c) => sql`${c} ${like} ${pattern} ESCAPE '\\'`));
}
