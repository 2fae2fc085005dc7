import { and, eq, isNull, sql } from 'drizzle-orm';
import type { RecordKind } from '@tianshan/model';
import { MissingCitationError, type CitationLink } from '../citations';
import { InvalidReferenceError, RecordConflictError } from '../errors';
import { CITED_KINDS, isOfProject, type CitedKindName } from '../record-kinds';
import type { ValidCitation } from '../record-parts';
import { sourceKey, type NewSource } from '../sources';
import { deleteStep, insertStep, runStep, selectStep, type Step } from './step';
import type { WriteDialect } from './write-dialect';

/** The steps of writing one cited record that do not depend on whether it is new (record-steps.ts). */

export function* isLiveProjectStep(w: WriteDialect, projectId: unknown): Step<boolean> {
  const { projects } = w.tables;
  const found = yield* selectStep(
    { id: projects.id },
    sql`FROM ${projects} WHERE ${and(eq(projects.id, Number(projectId)), isNull(projects.deletedAt))}`,
  );
  return found.length > 0;
}

export function* assertProjectExistsStep(
  w: WriteDialect,
  kind: CitedKindName,
  projectId: unknown,
): Step<void> {
  if (!isOfProject(kind)) return;
  if (!(yield* isLiveProjectStep(w, projectId)))
    throw new InvalidReferenceError('projectId', `project ${String(projectId)} does not exist`);
}

export function* assertUniqueProjectNameStep(
  w: WriteDialect,
  kind: CitedKindName,
  name: unknown,
  exceptId?: number,
): Step<void> {
  if (kind !== 'project' || typeof name !== 'string') return;
  const { projects } = w.tables;
  // Compared as the unique key is declared (code point order on PostgreSQL), so the lookup reads that key.
  const [clash] = yield* selectStep(
    { id: projects.id },
    sql`FROM ${projects} WHERE ${eq(w.byCodePoint(projects.name), name)}`,
  );
  if (clash && clash.id !== exceptId)
    throw new RecordConflictError(`a project named "${name}" already exists`, 'name');
}

export function* setCountriesStep(
  w: WriteDialect,
  kind: CitedKindName,
  id: number,
  countries: string[] | undefined,
): Step<void> {
  const def = CITED_KINDS[kind];
  if (!('countries' in def) || !countries) return;
  const { projectCountries, eventCountries } = w.tables;
  if (def.countries === 'project') {
    yield* deleteStep(projectCountries, eq(projectCountries.projectId, id));
    for (const country of countries)
      yield* insertStep(projectCountries, { projectId: id, country });
  } else {
    yield* deleteStep(eventCountries, eq(eventCountries.eventId, id));
    for (const country of countries) yield* insertStep(eventCountries, { eventId: id, country });
  }
}

/** Source ids by `sourceKey`, found or created earlier in one transaction (an import citing one source often). */
export type KnownSources = Map<string, number>;

/**
 * Returns the id of an existing matching source (same URL, or same title without one), or inserts it.
 * With `known`, a key found or created earlier in the same transaction is not looked up again.
 */
export function* findOrCreateSourceStep(
  w: WriteDialect,
  input: NewSource,
  known?: KnownSources,
): Step<{ id: number; created: boolean }> {
  const { sources } = w.tables;
  const key = sourceKey(input);
  const earlier = known?.get(key);
  if (earlier !== undefined) return { id: earlier, created: false };
  let match = yield* matchingSourceStep(w, input, key);
  if (!match && w.creationLock) {
    // Another transaction may be creating the same source: wait for it, then look again (a new statement sees
    // what it committed).
    yield* runStep(w.creationLock);
    match = yield* matchingSourceStep(w, input, key);
  }
  if (match) {
    known?.set(key, match.id);
    return { id: match.id, created: false };
  }
  const row = yield* insertStep(sources, { ...input });
  known?.set(key, row.id);
  return { id: row.id, created: true };
}

function* matchingSourceStep(
  w: WriteDialect,
  input: NewSource,
  key: string,
): Step<{ id: number } | undefined> {
  const { sources } = w.tables;
  const live = input.url
    ? isNull(sources.deletedAt)
    : and(isNull(sources.url), isNull(sources.deletedAt));
  const candidates = yield* selectStep(
    { id: sources.id, title: sources.title, url: sources.url },
    sql`FROM ${sources} WHERE ${live}`,
  );
  return candidates.find((c) => sourceKey(c) === key);
}

export function* resolveCitationsStep(
  w: WriteDialect,
  list: ValidCitation[],
  known?: KnownSources,
): Step<CitationLink[]> {
  const { sources } = w.tables;
  const links: CitationLink[] = [];
  for (const [index, c] of list.entries()) {
    let sourceId = c.sourceId;
    if (sourceId !== undefined) {
      const exists = yield* selectStep(
        { id: sources.id },
        sql`FROM ${sources} WHERE ${and(eq(sources.id, sourceId), isNull(sources.deletedAt))}`,
      );
      if (!exists.length)
        throw new InvalidReferenceError(
          `citations.${index}.sourceId`,
          `source ${sourceId} does not exist`,
        );
    } else sourceId = (yield* findOrCreateSourceStep(w, c.newSource as NewSource, known)).id;
    links.push({ sourceId, quote: c.quote ?? null, page: c.page ?? null });
  }
  return links;
}

/** Every figure cites at least one source: the write path refuses a record without one. */
export function* attachCitationsStep(
  w: WriteDialect,
  kind: RecordKind,
  recordId: number,
  links: CitationLink[],
): Step<void> {
  if (links.length === 0) throw new MissingCitationError(kind, recordId);
  for (const l of links)
    yield* insertStep(w.tables.citations, {
      sourceId: l.sourceId,
      recordKind: kind,
      recordId,
      quote: l.quote ?? null,
      page: l.page ?? null,
    });
}

export function* detachCitationsStep(
  w: WriteDialect,
  kind: RecordKind,
  recordId: number,
): Step<void> {
  const { citations } = w.tables;
  yield* deleteStep(
    citations,
    and(eq(citations.recordKind, kind), eq(citations.recordId, recordId)) ?? sql`false`,
  );
}
