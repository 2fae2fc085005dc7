import { and, isNull } from 'drizzle-orm';
import type { Db } from '../client';
import { sources } from '../schema';

export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0] | Db;

export interface NewSource {
  title: string;
  publisher?: string | null;
  url?: string | null;
  publishedOn?: string | null;
  publishedLabel?: string | null;
  accessedOn?: string | null;
  notes?: string | null;
}

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
    .values({
      title: input.title,
      publisher: input.publisher ?? null,
      url: input.url ?? null,
      publishedOn: input.publishedOn ?? null,
      publishedLabel: input.publishedLabel ?? null,
      accessedOn: input.accessedOn ?? null,
      notes: input.notes ?? null,
    })
    .returning({ id: sources.id })
    .get();
  cache.set(key, row.id);
  return { id: row.id, created: true };
}
