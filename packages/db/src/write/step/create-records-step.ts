import { and, inArray, isNull, sql } from 'drizzle-orm';
import { auditRow } from '../audit';
import type { CitationLink } from '../citations';
import { MissingCitationError } from '../citations';
import { InvalidReferenceError, RecordConflictError } from '../errors';
import { CITED_KINDS, isOfProject, type CitedKindName, type ValidInput } from '../record-kinds';
import { creationEntry, type Row, type ValidCitation } from '../record-parts';
import { tableOf } from './kind-tables';
import { insertRowsReturningStep, insertRowsStep, nextIdsStep } from './postgres-rows';
import { resolveCitationsStep, type KnownSources } from './record-part-steps';
import type { EditOptions } from './record-steps';
import { selectStep, type Step } from './step';
import type { WriteDialect } from './write-dialect';

type Data = { citations: ValidCitation[]; countries?: string[]; name?: unknown } & Record<
  string,
  unknown
>;

/** What a bulk writer keeps between chunks of one transaction: each list of citations resolved once. */
export interface ResolvedCitations {
  lists: Map<unknown, CitationLink[]>;
  sources: KnownSources;
}

export const noCitationsResolved = (): ResolvedCitations => ({
  lists: new Map(),
  sources: new Map(),
});

/** Thrown with the index of the record it is about, so a bulk writer can name the row. */
export class RecordAtError extends Error {
  constructor(
    readonly index: number,
    readonly error: Error,
  ) {
    super(error.message, { cause: error });
  }
}

/**
 * PostgreSQL's form of `createValidRecords` (create-records.ts), for bulk writers (the import): the same
 * records, checks, citations and audit entries (`creationEntry`), but each table written in one statement
 * for the whole list (postgres-rows.ts) instead of one per row. Ids are taken from the sequence first, in
 * the list's order, so the citations and audit entries need nothing matched back. Project names and
 * projects are checked for the whole list at once; a project cited is locked against deletion
 * (`FOR SHARE`) until the commit. A check that fails throws RecordAtError with the record's index.
 * Not for project fact reports (their project's plan is recomputed per record: `createRecordStep`).
 */
export function* createRecordsStep(
  w: WriteDialect,
  kind: Exclude<CitedKindName, 'project-fact'>,
  valids: readonly ValidInput[],
  options: EditOptions & { resolved: ResolvedCitations },
): Step<number[]> {
  const def = CITED_KINDS[kind];
  const table = tableOf(w.tables, kind);
  const list = valids as readonly Data[];
  yield* assertNamesFree(w, kind, list);
  yield* assertProjectsLive(w, kind, list);
  const ids = yield* nextIdsStep(table, list.length);
  const stored = yield* insertRowsReturningStep(
    table,
    list.map((data, i) => ({ ...def.toRow(data), id: ids[i] })),
  );
  const byId = new Map(stored.map((row) => [Number(row.id), row as Row]));
  const links: CitationLink[][] = [];
  for (const data of list) {
    let resolved = options.resolved.lists.get(data.citations);
    if (!resolved) {
      resolved = yield* resolveCitationsStep(w, data.citations, options.resolved.sources);
      options.resolved.lists.set(data.citations, resolved);
    }
    links.push(resolved);
  }
  const { projectCountries, eventCountries, citations, auditLog } = w.tables;
  if ('countries' in def) {
    const ofProject = def.countries === 'project';
    yield* insertRowsStep(
      ofProject ? projectCountries : eventCountries,
      list.flatMap((data, i) =>
        (data.countries ?? []).map((country) =>
          ofProject ? { projectId: ids[i], country } : { eventId: ids[i], country },
        ),
      ),
    );
  }
  yield* insertRowsStep(
    citations,
    list.flatMap((_, i) => {
      const recordLinks = links[i] ?? [];
      if (recordLinks.length === 0)
        throw new RecordAtError(i, new MissingCitationError(kind, Number(ids[i])));
      return recordLinks.map((l) => ({
        sourceId: l.sourceId,
        recordKind: kind,
        recordId: ids[i],
        quote: l.quote ?? null,
        page: l.page ?? null,
      }));
    }),
  );
  yield* insertRowsStep(
    auditLog,
    list.map((data, i) => {
      const row = byId.get(Number(ids[i]));
      if (!row) throw new Error(`${kind} ${ids[i]}: the insert returned no row`);
      const sourceIds = (links[i] ?? []).map((l) => l.sourceId);
      return auditRow(creationEntry(kind, { row, countries: data.countries, sourceIds }, options));
    }),
  );
  return ids.map(Number);
}

function* assertNamesFree(w: WriteDialect, kind: CitedKindName, list: readonly Data[]): Step<void> {
  if (kind !== 'project') return;
  const names = list.map((data) => data.name).filter((name) => typeof name === 'string');
  if (names.length === 0) return;
  const { projects } = w.tables;
  const taken = yield* selectStep(
    { name: projects.name },
    sql`FROM ${projects} WHERE ${inArray(projects.name, names)}`,
  );
  const clash = new Set(taken.map((t) => t.name));
  const index = list.findIndex((data) => clash.has(data.name as string));
  if (index >= 0)
    throw new RecordAtError(
      index,
      new RecordConflictError(
        `a project named "${String(list[index]?.name)}" already exists`,
        'name',
      ),
    );
}

function* assertProjectsLive(
  w: WriteDialect,
  kind: CitedKindName,
  list: readonly Data[],
): Step<void> {
  if (!isOfProject(kind)) return;
  const wanted = [...new Set(list.map((data) => Number(data.projectId)))];
  const { projects } = w.tables;
  const live = yield* selectStep(
    { id: projects.id },
    sql`FROM ${projects} WHERE ${and(inArray(projects.id, wanted), isNull(projects.deletedAt))} FOR SHARE`,
  );
  const found = new Set(live.map((p) => p.id));
  const index = list.findIndex((data) => !found.has(Number(data.projectId)));
  if (index >= 0)
    throw new RecordAtError(
      index,
      new InvalidReferenceError(
        'projectId',
        `project ${String(list[index]?.projectId)} does not exist`,
      ),
    );
}
