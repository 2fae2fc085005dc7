import { and, eq, getTableColumns, sql } from 'drizzle-orm';
import type { Actor } from '../audit';
import { RecordConflictError, RecordNotFoundError } from '../errors';
import { CITED_KINDS, isOfProject, type CitedKindName, type ValidInput } from '../record-kinds';
import {
  asSnapshot,
  creationEntry,
  type Row,
  type Snapshot,
  type ValidCitation,
} from '../record-parts';
import { auditStep } from './audit-step';
import { idOf, tableOf } from './kind-tables';
import { refreshPlansAfterStep } from './plan-step';
import {
  assertProjectExistsStep,
  assertUniqueProjectNameStep,
  attachCitationsStep,
  detachCitationsStep,
  isLiveProjectStep,
  resolveCitationsStep,
  setCountriesStep,
} from './record-part-steps';
import { nextVersion } from '../stale-edit';
import { assertCurrentVersionStep } from './stale-edit-step';
import { insertStep, selectStep, updateStep, type Step } from './step';
import type { WriteDialect } from './write-dialect';

/** What every single-record write is told besides the record: who, why, and from which version. */
export interface EditOptions {
  actor: Actor;
  reason?: string | null;
  /** The version the edit started from; a write since then refuses it (StaleEditError). */
  expectedVersion?: number;
}

type Data = { citations: ValidCitation[]; countries?: string[] } & Record<string, unknown>;

/**
 * The record as the audit log stores it: its row, its countries and the sources it cites (by id).
 * `lock` takes the row lock a write needs before its version check (PostgreSQL; SQLite's transaction
 * already excludes every other writer).
 */
export function* snapshotStep(
  w: WriteDialect,
  kind: CitedKindName,
  id: number,
  lock = false,
): Step<Snapshot | null> {
  const table = tableOf(w.tables, kind);
  const [row] = yield* selectStep(
    getTableColumns(table),
    sql`FROM ${table} WHERE ${eq(idOf(w.tables, kind), id)}${lock ? w.forUpdate : sql``}`,
  );
  if (!row) return null;
  const { citations, projectCountries, eventCountries } = w.tables;
  const cited = yield* selectStep(
    { sourceId: citations.sourceId },
    sql`FROM ${citations} WHERE ${and(eq(citations.recordKind, kind), eq(citations.recordId, id))} ORDER BY ${citations.sourceId}`,
  );
  const sourceIds = cited.map((c) => c.sourceId);
  const def = CITED_KINDS[kind];
  if (!('countries' in def)) return asSnapshot(kind, row, undefined, sourceIds);
  const countries =
    def.countries === 'project'
      ? yield* selectStep(
          { c: projectCountries.country },
          sql`FROM ${projectCountries} WHERE ${eq(projectCountries.projectId, id)}`,
        )
      : yield* selectStep(
          { c: eventCountries.country },
          sql`FROM ${eventCountries} WHERE ${eq(eventCountries.eventId, id)}`,
        );
  return asSnapshot(
    kind,
    row,
    countries.map((c) => c.c),
    sourceIds,
  );
}

/** Inserts, cites and audits one record its kind's schema has already returned. */
export function* createRecordStep(
  w: WriteDialect,
  kind: CitedKindName,
  valid: ValidInput,
  options: EditOptions,
): Step<number> {
  const data = valid as Data;
  yield* assertUniqueProjectNameStep(w, kind, data.name);
  yield* assertProjectExistsStep(w, kind, data.projectId);
  const row = (yield* insertStep(tableOf(w.tables, kind), CITED_KINDS[kind].toRow(data))) as Row;
  yield* setCountriesStep(w, kind, row.id, data.countries);
  const links = yield* resolveCitationsStep(w, data.citations);
  yield* attachCitationsStep(w, kind, row.id, links);
  // A project's plan is read from its facts' sources: after the citations.
  yield* refreshPlansAfterStep(w, kind, row);
  yield* auditStep(
    w,
    creationEntry(
      kind,
      { row, countries: data.countries, sourceIds: links.map((l) => l.sourceId) },
      options,
    ),
  );
  return row.id;
}

/** Replaces a record's fields, countries and citations; the audit entry keeps both versions. */
export function* updateRecordStep(
  w: WriteDialect,
  kind: CitedKindName,
  id: number,
  valid: ValidInput,
  options: EditOptions,
): Step<void> {
  const data = valid as Data;
  const before = yield* snapshotStep(w, kind, id, true);
  if (!before || before.deletedAt) throw new RecordNotFoundError(kind, id);
  yield* assertCurrentVersionStep(w, kind, before, options.expectedVersion);
  yield* assertUniqueProjectNameStep(w, kind, data.name, id);
  yield* assertProjectExistsStep(w, kind, data.projectId);
  yield* updateStep(
    tableOf(w.tables, kind),
    { ...CITED_KINDS[kind].toRow(data), updatedAt: w.now, version: nextVersion },
    eq(idOf(w.tables, kind), id),
  );
  yield* setCountriesStep(w, kind, id, data.countries);
  yield* detachCitationsStep(w, kind, id);
  yield* attachCitationsStep(w, kind, id, yield* resolveCitationsStep(w, data.citations));
  yield* refreshPlansAfterStep(w, kind, before, data);
  yield* auditStep(w, {
    actor: options.actor,
    action: 'update',
    recordKind: kind,
    recordId: id,
    before,
    after: yield* snapshotStep(w, kind, id),
    reason: options.reason,
  });
}

/** Soft delete (or its undoing): the record leaves every list and export but keeps its history. */
export function* setDeletedStep(
  w: WriteDialect,
  kind: CitedKindName,
  id: number,
  deleted: boolean,
  options: EditOptions,
): Step<void> {
  const before = yield* snapshotStep(w, kind, id, true);
  if (!before || Boolean(before.deletedAt) === deleted)
    throw new RecordNotFoundError(deleted ? kind : `deleted ${kind}`, id);
  yield* assertCurrentVersionStep(w, kind, before, options.expectedVersion);
  // A milestone restored under a deleted project would be live yet shown nowhere: every list joins a live project.
  if (!deleted && isOfProject(kind) && !(yield* isLiveProjectStep(w, before.projectId)))
    throw new RecordConflictError(
      `${kind} ${id} belongs to project ${String(before.projectId)}, which is deleted; restore the project first`,
      'projectId',
    );
  yield* updateStep(
    tableOf(w.tables, kind),
    { deletedAt: deleted ? w.now : null, updatedAt: w.now, version: nextVersion },
    eq(idOf(w.tables, kind), id),
  );
  yield* refreshPlansAfterStep(w, kind, before);
  yield* auditStep(w, {
    actor: options.actor,
    action: deleted ? 'delete' : 'restore',
    recordKind: kind,
    recordId: id,
    before,
    after: yield* snapshotStep(w, kind, id),
    reason: options.reason,
  });
}
