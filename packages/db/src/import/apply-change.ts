import { eq } from 'drizzle-orm';
import type { SQLiteColumn } from 'drizzle-orm/sqlite-core';
import type { Db } from '../client';
import { utcNow } from '../schema/columns';
import { writeAudit, type Actor } from '../write/audit';
import { attachCitations } from '../write/citations';
import { CITED_KINDS } from '../write/record-kinds';
import { assertProjectExists, assertUniqueProjectName, setCountries } from '../write/record-parts';
import { snapshot } from '../write/records';
import { nextVersion } from '../write/stale-edit';
import { findOrCreateSource, type NewSource, type Tx } from '../write/sources';
import type { ImportKind } from './row-mapping';
import { sameValue, type StagedChange } from './staged-row';

/** Columns derived from another field: written whenever that field is. */
const DERIVED: Record<string, readonly string[]> = { period: ['periodKind', 'periodEndMonth'] };

interface ChangeContext {
  kind: ImportKind;
  actor: Actor;
  reason: string;
  tx: Tx;
}

/**
 * Writes one previewed change: the fields it showed as changing and nothing else, after checking that each
 * still holds what the preview saw. Returns why it cannot be applied (the record changed since the preview),
 * or null once written. The row's source is cited too if the record does not cite it yet; no citation is removed.
 */
export function applyStagedChange(db: Db, row: StagedChange, ctx: ChangeContext): string | null {
  const { kind, tx } = ctx;
  const def = CITED_KINDS[kind];
  const before = snapshot(db, kind, row.id);
  if (!before || before.deletedAt) return `${kind} ${row.id} was deleted`;
  const stale = Object.keys(row.seen).filter((field) => !sameValue(before[field], row.seen[field]));
  if (stale.length > 0) return `${kind} ${row.id} (${stale.join(', ')}) was edited`;

  const input = row.input;
  const next: Record<string, unknown> = def.toRow(input);
  const set: Record<string, unknown> = {};
  for (const field of Object.keys(row.seen)) {
    if (field === 'countries') continue;
    set[field] = next[field] ?? null;
    for (const derived of DERIVED[field] ?? []) set[derived] = next[derived] ?? null;
  }
  if ('name' in set) assertUniqueProjectName(db, kind, set.name, row.id);
  if ('projectId' in set) assertProjectExists(db, kind, set.projectId);
  const id = (def.table as unknown as { id: SQLiteColumn }).id;
  tx.update(def.table)
    // The version moves like any edit's, so a form opened before the import refuses to save over it.
    .set({ ...set, updatedAt: utcNow, version: nextVersion })
    .where(eq(id, row.id))
    .run();
  if ('countries' in row.seen) setCountries(tx, kind, row.id, input.countries as string[]);
  citeRowSources(db, tx, kind, row.id, input.citations, before.sourceIds);
  writeAudit(db, {
    actor: ctx.actor,
    action: 'update',
    recordKind: kind,
    recordId: row.id,
    before,
    after: snapshot(db, kind, row.id),
    reason: ctx.reason,
  });
  return null;
}

type StagedCitation = {
  sourceId?: number;
  newSource?: NewSource;
  quote?: string | null;
  page?: string | null;
};

function citeRowSources(
  db: Db,
  tx: Tx,
  kind: ImportKind,
  id: number,
  citations: unknown,
  cited: readonly number[],
) {
  const known = new Set(cited);
  const links = [];
  for (const c of (citations ?? []) as StagedCitation[]) {
    const sourceId = c.sourceId ?? (c.newSource ? findOrCreateSource(tx, c.newSource).id : null);
    if (sourceId === null || known.has(sourceId)) continue;
    known.add(sourceId);
    links.push({ sourceId, quote: c.quote ?? null, page: c.page ?? null });
  }
  if (links.length > 0) attachCitations(db, kind, id, links);
}
