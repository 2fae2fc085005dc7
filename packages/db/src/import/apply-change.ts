import { eq } from 'drizzle-orm';
import type { Actor } from '../write/audit';
import type { CitationLink } from '../write/citations';
import { CITED_KINDS } from '../write/record-kinds';
import type { NewSource } from '../write/sources';
import { nextVersion } from '../write/stale-edit';
import { auditStep } from '../write/step/audit-step';
import { idOf, tableOf } from '../write/step/kind-tables';
import {
  assertProjectExistsStep,
  assertUniqueProjectNameStep,
  attachCitationsStep,
  findOrCreateSourceStep,
  setCountriesStep,
  type KnownSources,
} from '../write/step/record-part-steps';
import { snapshotStep } from '../write/step/record-steps';
import { updateStep, type Step } from '../write/step/step';
import type { WriteDialect } from '../write/step/write-dialect';
import type { ImportKind } from './row-mapping';
import { sameValue, type StagedChange } from './staged-row';

/** Columns derived from another field: written whenever that field is. */
const DERIVED: Record<string, readonly string[]> = { period: ['periodKind', 'periodEndMonth'] };

interface ChangeContext {
  kind: ImportKind;
  actor: Actor;
  reason: string;
  /** New sources found or created earlier in the import's transaction. */
  sources: KnownSources;
}

/**
 * Writes one previewed change: the fields it showed as changing and nothing else, after checking that each
 * still holds what the preview saw. Returns why it cannot be applied (the record changed since the preview),
 * or null once written. The row's source is cited too if the record does not cite it yet; no citation is
 * removed. The record is read with the lock a write needs (PostgreSQL's `FOR UPDATE`), as a form's edit is.
 */
export function* applyStagedChangeStep(
  w: WriteDialect,
  row: StagedChange,
  ctx: ChangeContext,
): Step<string | null> {
  const { kind } = ctx;
  const def = CITED_KINDS[kind];
  const before = yield* snapshotStep(w, kind, row.id, true);
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
  if ('name' in set) yield* assertUniqueProjectNameStep(w, kind, set.name, row.id);
  if ('projectId' in set) yield* assertProjectExistsStep(w, kind, set.projectId);
  // The version moves like any edit's, so a form opened before the import refuses to save over it.
  yield* updateStep(
    tableOf(w.tables, kind),
    { ...set, updatedAt: w.now, version: nextVersion },
    eq(idOf(w.tables, kind), row.id),
  );
  if ('countries' in row.seen)
    yield* setCountriesStep(w, kind, row.id, input.countries as string[]);
  const links = yield* newLinks(w, input.citations, before.sourceIds, ctx.sources);
  if (links.length > 0) yield* attachCitationsStep(w, kind, row.id, links);
  yield* auditStep(w, {
    actor: ctx.actor,
    action: 'update',
    recordKind: kind,
    recordId: row.id,
    before,
    after: yield* snapshotStep(w, kind, row.id),
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

/** The row's citations of sources the record does not cite yet. */
function* newLinks(
  w: WriteDialect,
  citations: unknown,
  cited: readonly number[],
  sources: KnownSources,
): Step<CitationLink[]> {
  const known = new Set(cited);
  const links: CitationLink[] = [];
  for (const c of (citations ?? []) as StagedCitation[]) {
    const sourceId =
      c.sourceId ??
      (c.newSource ? (yield* findOrCreateSourceStep(w, c.newSource, sources)).id : null);
    if (sourceId === null || known.has(sourceId)) continue;
    known.add(sourceId);
    links.push({ sourceId, quote: c.quote ?? null, page: c.page ?? null });
  }
  return links;
}
