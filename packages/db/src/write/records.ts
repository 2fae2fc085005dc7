import { and, eq, isNull, sql } from 'drizzle-orm';
import type { SQLiteColumn } from 'drizzle-orm/sqlite-core';
import type { z } from 'zod';
import type { Db } from '../client';
import { citations, eventCountries, projectCountries, tradeReports } from '../schema';
import { utcNow } from '../schema/columns';
import { writeAudit } from './audit';
import { preparedOnce } from '../prepared';
import { attachCitations } from './citations';
import { createValidRecords } from './create-records';
import { preferReport } from './preferred-choice';
import { refreshPlansAfter } from './project-plan';
import { RecordConflictError, RecordNotFoundError } from './errors';
import { CITED_KINDS, isOfProject, type CitedKindName, type ValidInput } from './record-kinds';
import {
  asSnapshot,
  assertProjectExists,
  assertUniqueProjectName,
  inTransaction,
  isLiveProject,
  resolveCitations,
  setCountries,
  type Row,
  type Snapshot,
  type ValidCitation,
  type WriteOptions,
} from './record-parts';
import { assertCurrentVersion, nextVersion } from './stale-edit';

export { inTransaction, type WriteOptions } from './record-parts';

type Input<K extends CitedKindName> = z.input<(typeof CITED_KINDS)[K]['schema']>;

function idColumn(kind: CitedKindName): SQLiteColumn {
  return (CITED_KINDS[kind].table as unknown as { id: SQLiteColumn }).id;
}

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

/** A milestone restored under a deleted project would be live yet shown nowhere: every list joins a live project. */
function assertRestorable(db: Db, kind: CitedKindName, record: Snapshot) {
  if (!isOfProject(kind) || isLiveProject(db, record.projectId)) return;
  throw new RecordConflictError(
    `${kind} ${record.id} belongs to project ${String(record.projectId)}, which is deleted; restore the project first`,
    'projectId',
  );
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
  const [id] = createValidRecords(db, kind, [valid], options);
  if (id === undefined) throw new Error(`${kind}: no record was written`);
  return id;
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
