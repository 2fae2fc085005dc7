import { and, eq, isNull } from 'drizzle-orm';
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
import { writeTransaction } from './transaction';
import { attachCitations } from './citations';
import { InvalidReferenceError, RecordConflictError, RecordNotFoundError } from './errors';
import { CITED_KINDS, type CitedKindName } from './record-kinds';
import { findOrCreateSource, type NewSource, type Tx } from './sources';

type Input<K extends CitedKindName> = z.input<(typeof CITED_KINDS)[K]['schema']>;
type Row = Record<string, unknown> & { id: number };
type ValidCitation = z.output<typeof citationInput>;

function idColumn(kind: CitedKindName): SQLiteColumn {
  return (CITED_KINDS[kind].table as unknown as { id: SQLiteColumn }).id;
}

/** The record as the audit log stores it: its row, its countries and the sources it cites. */
export function snapshot(
  tx: Tx,
  kind: CitedKindName,
  id: number,
): (Row & { countries?: string[]; sourceIds: number[] }) | null {
  const def = CITED_KINDS[kind];
  const row = tx
    .select()
    .from(def.table)
    .where(eq(idColumn(kind), id))
    .get() as Row | undefined;
  if (!row) return null;
  const sourceIds = tx
    .select({ sourceId: citations.sourceId })
    .from(citations)
    .where(and(eq(citations.recordKind, kind), eq(citations.recordId, id)))
    .all()
    .map((c) => c.sourceId);
  if ('countries' in def) {
    const countries =
      def.countries === 'project'
        ? tx
            .select({ c: projectCountries.country })
            .from(projectCountries)
            .where(eq(projectCountries.projectId, id))
            .all()
        : tx
            .select({ c: eventCountries.country })
            .from(eventCountries)
            .where(eq(eventCountries.eventId, id))
            .all();
    return { ...row, countries: countries.map((c) => c.c).sort(), sourceIds };
  }
  return { ...row, sourceIds };
}

function resolveCitations(tx: Tx, list: ValidCitation[]) {
  return list.map((c, index) => {
    if (c.sourceId !== undefined) {
      const exists = tx
        .select({ id: sources.id })
        .from(sources)
        .where(and(eq(sources.id, c.sourceId), isNull(sources.deletedAt)))
        .get();
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

function setCountries(tx: Tx, kind: CitedKindName, id: number, countries: string[] | undefined) {
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

function assertProjectExists(tx: Tx, kind: CitedKindName, projectId: unknown) {
  if (kind !== 'milestone') return;
  const found = tx
    .select({ id: projects.id })
    .from(projects)
    .where(and(eq(projects.id, Number(projectId)), isNull(projects.deletedAt)))
    .get();
  if (!found)
    throw new InvalidReferenceError('projectId', `project ${String(projectId)} does not exist`);
}

function assertUniqueProjectName(tx: Tx, kind: CitedKindName, name: unknown, exceptId?: number) {
  if (kind !== 'project' || typeof name !== 'string') return;
  const clash = tx.select({ id: projects.id }).from(projects).where(eq(projects.name, name)).get();
  if (clash && clash.id !== exceptId)
    throw new RecordConflictError(`a project named "${name}" already exists`, 'name');
}

export interface WriteOptions {
  actor: Actor;
  reason?: string | null;
  /** Run inside an existing transaction (the CSV import commits many records in one). */
  tx?: Tx;
}

function inTransaction<T>(db: Db, options: WriteOptions, work: (tx: Tx) => T): T {
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
  const def = CITED_KINDS[kind];
  const data = def.schema.parse(input) as {
    citations: ValidCitation[];
    countries?: string[];
  } & Record<string, unknown>;
  return inTransaction(db, options, (tx) => {
    assertUniqueProjectName(tx, kind, data.name);
    assertProjectExists(tx, kind, data.projectId);
    const row = tx
      .insert(def.table)
      .values(def.toRow(data as never) as never)
      .returning({ id: idColumn(kind) })
      .get() as { id: number };
    setCountries(tx, kind, row.id, data.countries);
    attachCitations(tx, kind, row.id, resolveCitations(tx, data.citations));
    writeAudit(tx, {
      actor: options.actor,
      action: 'create',
      recordKind: kind,
      recordId: row.id,
      after: snapshot(tx, kind, row.id),
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
    const before = snapshot(tx, kind, id);
    if (!before || before.deletedAt) throw new RecordNotFoundError(kind, id);
    assertUniqueProjectName(tx, kind, data.name, id);
    assertProjectExists(tx, kind, data.projectId);
    tx.update(def.table)
      .set({ ...(def.toRow(data as never) as object), updatedAt: utcNow } as never)
      .where(eq(idColumn(kind), id))
      .run();
    setCountries(tx, kind, id, data.countries);
    tx.delete(citations)
      .where(and(eq(citations.recordKind, kind), eq(citations.recordId, id)))
      .run();
    attachCitations(tx, kind, id, resolveCitations(tx, data.citations));
    writeAudit(tx, {
      actor: options.actor,
      action: 'update',
      recordKind: kind,
      recordId: id,
      before,
      after: snapshot(tx, kind, id),
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
    const before = snapshot(tx, kind, id);
    if (!before || Boolean(before.deletedAt) === deleted)
      throw new RecordNotFoundError(deleted ? kind : `deleted ${kind}`, id);
    tx.update(def.table)
      .set({ deletedAt: deleted ? utcNow : null, updatedAt: utcNow } as never)
      .where(eq(idColumn(kind), id))
      .run();
    writeAudit(tx, {
      actor: options.actor,
      action: deleted ? 'delete' : 'restore',
      recordKind: kind,
      recordId: id,
      before,
      after: snapshot(tx, kind, id),
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
 */
export function setPreferredTrade(
  db: Db,
  id: number,
  preferred: boolean,
  options: WriteOptions,
): void {
  inTransaction(db, options, (tx) => {
    const report = tx
      .select()
      .from(tradeReports)
      .where(and(eq(tradeReports.id, id), isNull(tradeReports.deletedAt)))
      .get();
    if (!report) throw new RecordNotFoundError('trade-report', id);
    const sameKey = and(
      eq(tradeReports.scope, report.scope),
      eq(tradeReports.year, report.year),
      eq(tradeReports.period, report.period),
      eq(tradeReports.reporter, report.reporter),
      report.productCode === null
        ? isNull(tradeReports.productCode)
        : eq(tradeReports.productCode, report.productCode),
    );
    const before = tx
      .select({ id: tradeReports.id, preferred: tradeReports.preferred })
      .from(tradeReports)
      .where(sameKey)
      .all();
    tx.update(tradeReports).set({ preferred: null, updatedAt: utcNow }).where(sameKey).run();
    if (preferred)
      tx.update(tradeReports).set({ preferred: true }).where(eq(tradeReports.id, id)).run();
    const after = tx
      .select({ id: tradeReports.id, preferred: tradeReports.preferred })
      .from(tradeReports)
      .where(sameKey)
      .all();
    writeAudit(tx, {
      actor: options.actor,
      action: 'prefer',
      recordKind: 'trade-report',
      recordId: id,
      before,
      after,
      reason: options.reason,
    });
  });
}
