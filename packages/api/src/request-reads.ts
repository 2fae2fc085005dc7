import { currentWriteVersion } from '@tianshan/db/write/current-write-version';
import type { InnerContext } from './trpc';

/**
 * One read shared by the procedures of one request: a page that asks for a list and for its chart counts
 * the same filter once, not once per procedure. It lives on the request's context, and an answer is reused
 * only while the database is unchanged (its write version), so a caller that writes between reads, as a
 * test does, never gets an old count. Unlike the query cache, it is never switched off: it saves work within
 * a request and keeps nothing between them. The read's promise is kept, so procedures of one batched
 * request that ask at the same time share one read in flight.
 */
export async function readOnce<T>(
  ctx: InnerContext,
  key: string,
  read: () => Promise<T>,
): Promise<T> {
  const version = await currentWriteVersion(ctx.db);
  const kept = ctx.reads.get(key);
  if (kept && kept.version === version) return kept.value as Promise<T>;
  const value = read();
  ctx.reads.set(key, { version, value });
  return value;
}

/** A filter as a key: its fields in name order, blanks left out, so equal filters give equal keys. */
export function filterKey(filter: object): string {
  return JSON.stringify(
    Object.entries(filter)
      .filter(([, value]) => value !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
  );
}
