import { and, isNull } from 'drizzle-orm';
import type { z } from 'zod';
import type { sourceInput } from '@tianshan/model';
import type { Db } from '../client';
import { sources } from '../schema';

export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0] | Db;

/** A source as its descriptor's schema passed it (any field but the title may be left out). */
export type NewSource = Pick<SourceFields, 'title'> & Partial<SourceFields>;
type SourceFields = z.output<typeof sourceInput>;

/** Two citations of the same page are one source: same URL, or same title when neither has a URL. */
export function sourceKey(s: { title: string; url?: string | null }): string {
  if (s.url) return `url:${s.url.trim().replace(/\/+$/, '').toLowerCase()}`;
  const core = s.title.replace(/\s*\([^)]*\)\s*$/, '');
  return `title:${core.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '')}`;
}

/** Keys already resolved within one transaction: an import citing one source 100,000 times looks it up once. */
const resolvedInTransaction = new WeakMap<object, Map<string, number>>();

/** Returns the id of an existing matching source, or inserts it. */
export function findOrCreateSource(tx: Tx, input: NewSource): { id: number; created: boolean } {
  const key = sourceKey(input);
  const cache = resolvedInTransaction.get(tx) ?? new Map<string, number>();
  resolvedInTransaction.set(tx, cache);
  const known = cache.get(key);
  if (known !== undefined) return { id: known, created: false };
  const candidates = input.url
    ? tx
        .select({ id: sources.id, title: sources.title, url: sources.url })
        .from(sources)
        .where(isNull(sources.deletedAt))
        .all()
    : tx
        .select({ id: sources.id, title: sources.title, url: sources.url })
        .from(sources)
        .where(and(isNull(sources.url), isNull(sources.deletedAt)))
        .all();
  const match = candidates.find((c) => sourceKey(c) === key);
  if (match) {
    cache.set(key, match.id);
    return { id: match.id, created: false };
  }
  const row = tx
    .insert(sources)
    .values({ ...input })
    .returning({ id: sources.id })
    .get();
  cache.set(key, row.id);
  return { id: row.id, created: true };
}
