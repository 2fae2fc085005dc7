import { and, eq, isNull, sql } from 'drizzle-orm';
import type { SQLiteColumn } from 'drizzle-orm/sqlite-core';
import type { z } from 'zod';
import type { citationInput } from '@tianshan/model';
import type { Db } from '../client';
import {
  citations,
  eventCountries,
  projectCountries,
  projects,
  sources,
  tradeReports,
} from '../schema';
import { utcNow } from '../schema/columns';
import { writeAudit, type Actor } from './audit';
import { preparedOnce } from '../prepared';
import { insertReturning } from './raw-insert';
import { writeTransaction } from './transaction';
import { attachCitations } from './citations';
import { preferReport } from './preferred-choice';
import { refreshPlansAfter } from './project-plan';
import { InvalidReferenceError, RecordConflictError, RecordNotFoundError } from './errors';
import { CITED_KINDS, isOfProject, type CitedKindName, type ValidInput } from './record-kinds';
import { assertCurrentVersion, nextVersion } from './stale-edit';
import { findOrCreateSource, type NewSource, type Tx } from './sources';

type Input<K extends CitedKindName> = z.input<(typeof CITED_KINDS)[K]['schema']>;
type Row = Record<string, unknown> & { id: number; version: number };
type ValidCitation = z.output<typeof citationInput>;

function idColumn(kind: CitedKindName): SQLiteColumn {
  return (CITED_KINDS[kind].table as unknown as { id: SQLiteColumn }).id;
}

type Snapshot = Row & { countries?: string[]; sourceIds: number[] };

/** The record as the audit log stores it: its row, its countries and the sources it cites (by id). */
export function snapshot(db: Db, kind: CitedKindName, id: number): Snapshot | null {
  const def = CITED_KINDS[kind];
  const row = preparedOnce(db, `snapshot row ${kind}`, () =>
    db
      .select()
      .from(def.table)
      .where(eq(idColumn(kind), sql.placeholder('id')))
      .prepare(),
  ).get({ id }) as Row | undefined;
  if (!row) return null;
  const sourceIds = preparedOnce(db, 'snapshot sources', () =>
    db
      .select({ sourceId: citations.sourceId })
      .from(citations)
      .where(
        and(
          eq(citations.recordKind, sql.placeholder('kind')),
          eq(citations.recordId, sql.placeholder('id')),
        ),
      )
      .orderBy(citations.sourceId)
      .prepare(),
  )
    .all({ kind, id })
    .map((c) => c.sourceId);
  if (!('countries' in def)) return asSnapshot(kind, row, undefined, sourceIds);
  const countries = preparedOnce(db, `snapshot countries ${def.countries}`, () =>
    def.countries === 'project'
      ? db
          .select({ c: projectCountries.country })
          .from(projectCountries)
          .where(eq(projectCountries.projectId, sql.placeholder('id')))
          .prepare()
      : db
          .select({ c: eventCountries.country })
          .from(eventCountries)
          .where(eq(eventCountries.eventId, sql.placeholder('id')))
          .prepare(),
  )
    .all({ id })
    .map((c) => c.c);
  return asSnapshot(kind, row, countries, sourceIds);
}

/** One shape for every snapshot, whether read back or built from what was just written. */
function asSnapshot(
  kind: CitedKindName,
  row: Row,
  countries: string[] | undefined,
  sourceIds: number[],
): Snapshot {
  const sortedSources = [...sourceIds].sort((a, b) => a - b);
  return 'countries' in CITED_KINDS[kind]
    ? { ...row, countries: [...(countries ?? [])].sort(), sourceIds: sortedSources }
    : { ...row, sourceIds: sortedSources };
}

function resolveCitations(db: Db, tx: Tx, list: ValidCitation[]) {
  return list.map((c, index) => {
    if (c.sourceId !== undefined) {
      const exists = preparedOnce(db, 'live source', () =>
        db
          .select({ id: sources.id })
          .from(sources)
          .where(and(eq(sources.id, sql.placeholder('id')), isNull(sources.deletedAt)))
          .prepare(),
      ).get({ id: c.sourceId });
      if (!exists)
        throw new InvalidReferenceError(
          `citations.${index}.sourceId`,
          `source ${c.sourceId} does not exist`,
        );
    }
    return {
      sourceId: c.sourceId ?? findOrCreateSource(tx, c.newSource as NewSource).id,
      quote: c.quote ?? null,
      page: c.page ?? null,
    };
  });
}

export function setCountries(
  tx: Tx,
  kind: CitedKindName,
  id: number,
  countries: string[] | undefined,
) {
  const def = CITED_KINDS[kind];
  if (!('countries' in def) || !countries) return;
  if (def.countries === 'project') {
    tx.delete(projectCountries).where(eq(projectCountries.projectId, id)).run();
    tx.insert(projectCountries)
      .values(countries.map((country) => ({ projectId: id, country })))
      .run();
  } else {
    tx.delete(eventCountries).where(eq(eventCountries.eventId, id)).run();
    tx.insert(eventCountries)
      .values(countries.map((country) => ({ eventId: id, country })))
      .run();
  }
}

function isLiveProject(db: Db, projectId: unknown): boolean {
  const found = preparedOnce(db, 'live project', () =>
    db
      .select({ id: projects.id })
      .from(projects)
      .where(and(eq(projects.id, sql.placeholder('id')), isNull(projects.deletedAt)))
      .prepare(),
  ).get({ id: Number(projectId) });
  return Boolean(found);
}

export function assertProjectExists(db: Db, kind: CitedKindName, projectId: unknown) {
  if (!isOfProject(kind)) return;
  if (!isLiveProject(db, projectId))
    throw new InvalidReferenceError('projectId', `project ${String(projectId)} does not exist`);
}

/** A milestone restored under a deleted project would be live yet shown nowhere: every list joins a live project. */
function assertRestorable(db: Db, kind: CitedKindName, record: Snapshot) {
  if (!isOfProject(kind) || isLiveProject(db, record.projectId)) return;
  throw new RecordConflictError(
    `${kind} ${record.id} belongs to project ${String(record.projectId)}, which is deleted; restore the project first`,
    'projectId',
  );
}

export function assertUniqueProjectName(
  db: Db,
  kind: CitedKindName,
  name: unknown,
  exceptId?: number,
) {
  if (kind !== 'project' || typeof name !== 'string') return;
  const clash = preparedOnce(db, 'project by name', () =>
    db
      .select({ id: projects.id })
      .from(projects)
      .where(eq(projects.name, sql.placeholder('name')))
      .prepare(),
  ).get({ name });
  if (clash && clash.id !== exceptId)
    throw new RecordConflictError(`a project named "${name}" already exists`, 'name');
}

export interface WriteOptions {
  actor: Actor;
  reason?: string | null;
  /** Run inside an existing transaction (the CSV import commits many records in one). */
  tx?: Tx;
  /**
   * The record's version the edit started from (the form read it with the record): if another write came
   * since, the edit is refused with a StaleEditError instead of silently undoing it. Left out only by
   * writers that check freshness their own way (the CSV import against its preview).
   */
  expectedVersion?: number;
}

export function inTransaction<T>(db: Db, options: WriteOptions, work: (tx: Tx) => T): T {
  if (options.tx) return work(options.tx);
  return writeTransaction(db, (tx) => work(tx));
}

/** Validates, inserts, cites and audits one record, all in one transaction. Throws ZodError on bad input. */
export function createRecord<K extends CitedKindName>(
  db: Db,
  kind: K,
  input: Input<K>,
  options: WriteOptions,
): number {
  return createValidRecord(db, kind, CITED_KINDS[kind].schema.parse(input), options);
}

/**
 * `createRecord` for input its kind's schema has already returned: the CSV import writes what its preview
 * validated, and validating each row again was a sixth of the commit.
 */
export function createValidRecord<K extends CitedKindName>(
  db: Db,
  kind: K,
  valid: ValidInput,
  options: WriteOptions,
): number {
  const def = CITED_KINDS[kind];
  const data = valid as {
    citations: ValidCitation[];
    countries?: string[];
  } & Record<string, unknown>;
  return inTransaction(db, options, (tx) => {
    assertUniqueProjectName(db, kind, data.name);
    assertProjectExists(db, kind, data.projectId);
    const row = insertReturning<Row>(db, def.table, def.toRow(data));
    setCountries(tx, kind, row.id, data.countries);
    const links = resolveCitations(db, tx, data.citations);
    attachCitations(db, kind, row.id, links);
    refreshPlansAfter(db, tx, kind, row);
    // The snapshot is built from what was just written (the stored row as returned, plus its countries
    // and sources) rather than read back: the same entry for a third of the statements.
    writeAudit(db, {
      actor: options.actor,
      action: 'create',
      recordKind: kind,
      recordId: row.id,
      after: asSnapshot(
        kind,
        row,
        data.countries,
        links.map((l) => l.sourceId),
      ),
      reason: options.reason,
    });
    return row.id;
  });
}

/** Replaces a record's fields, countries and citations; the audit entry keeps both versions. */
export function updateRecord<K extends CitedKindName>(
  db: Db,
  kind: K,
  id: number,
  input: Input<K>,
  options: WriteOptions,
): void {
  const def = CITED_KINDS[kind];
  const data = def.schema.parse(input) as {
    citations: ValidCitation[];
    countries?: string[];
  } & Record<string, unknown>;
  inTransaction(db, options, (tx) => {
    const before = snapshot(db, kind, id);
    if (!before || before.deletedAt) throw new RecordNotFoundError(kind, id);
    assertCurrentVersion(db, kind, before, options.expectedVersion);
    assertUniqueProjectName(db, kind, data.name, id);
    assertProjectExists(db, kind, data.projectId);
    tx.update(def.table)
      .set({ ...def.toRow(data), updatedAt: utcNow, version: nextVersion })
      .where(eq(idColumn(kind), id))
      .run();
    setCountries(tx, kind, id, data.countries);
    tx.delete(citations)
      .where(and(eq(citations.recordKind, kind), eq(citations.recordId, id)))
      .run();
    attachCitations(db, kind, id, resolveCitations(db, tx, data.citations));
    refreshPlansAfter(db, tx, kind, before, data);
    writeAudit(db, {
      actor: options.actor,
      action: 'update',
      recordKind: kind,
      recordId: id,
      before,
      after: snapshot(db, kind, id),
      reason: options.reason,
    });
  });
}

function setDeleted(
  db: Db,
  kind: CitedKindName,
  id: number,
  deleted: boolean,
  options: WriteOptions,
): void {
  const def = CITED_KINDS[kind];
  inTransaction(db, options, (tx) => {
    const before = snapshot(db, kind, id);
    if (!before || Boolean(before.deletedAt) === deleted)
      throw new RecordNotFoundError(deleted ? kind : `deleted ${kind}`, id);
    assertCurrentVersion(db, kind, before, options.expectedVersion);
    if (!deleted) assertRestorable(db, kind, before);
    tx.update(def.table)
      .set({ deletedAt: deleted ? utcNow : null, updatedAt: utcNow, version: nextVersion })
      .where(eq(idColumn(kind), id))
      .run();
    refreshPlansAfter(db, tx, kind, before);
    writeAudit(db, {
      actor: options.actor,
      action: deleted ? 'delete' : 'restore',
      recordKind: kind,
      recordId: id,
      before,
      after: snapshot(db, kind, id),
      reason: options.reason,
    });
  });
}

/** Soft delete: the record leaves every list and export but stays restorable, with its history. */
export const softDeleteRecord = (db: Db, kind: CitedKindName, id: number, options: WriteOptions) =>
  setDeleted(db, kind, id, true, options);
export const restoreRecord = (db: Db, kind: CitedKindName, id: number, options: WriteOptions) =>
  setDeleted(db, kind, id, false, options);

/**
 * Marks one report as the preferred figure among the reports of the same scope/year/period/reporter
 * (and product), clearing the mark on the others; `preferred: false` clears the choice altogether.
 * Every report whose mark changes gets its own audit entry, so its history shows why it lost the mark.
 */
export function setPreferredTrade(
  db: Db,
  id: number,
  preferred: boolean,
  options: WriteOptions,
): void {
  inTransaction(db, options, (tx) => {
    preferReport(db, tx, {
      kind: 'trade-report',
      reports: tradeReports,
      sameKeyOf: (report) =>
        and(
          eq(tradeReports.scope, report.scope),
          eq(tradeReports.year, report.year),
          eq(tradeReports.period, report.period),
          eq(tradeReports.reporter, report.reporter),
          report.productCode === null
            ? isNull(tradeReports.productCode)
            : eq(tradeReports.productCode, report.productCode),
        ),
      id,
      preferred,
      options,
      snapshotOf: (reportId) => snapshot(db, 'trade-report', reportId),
    });
  });
}
