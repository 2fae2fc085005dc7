import type { z } from 'zod';
import type { Db } from '../client';
import type { Database } from '../database';
import { createValidRecords } from './create-records';
import { CITED_KINDS, type CitedKindName, type ValidInput } from './record-kinds';
import type { Snapshot, WriteOptions } from './record-parts';
import {
  createRecordStep,
  setDeletedStep,
  snapshotStep,
  updateRecordStep,
  type EditOptions,
} from './step/record-steps';
import { setPreferredTradeStep } from './step/preferred-steps';
import { runOnSqlite, runRead, runWrite } from './step/run-write';
import { sqliteWrite } from './step/write-dialect';

export type { WriteOptions } from './record-parts';
export type { EditOptions } from './step/record-steps';

type Input<K extends CitedKindName> = z.input<(typeof CITED_KINDS)[K]['schema']>;

/** The record as the audit log stores it (`snapshotStep`), read synchronously from SQLite (the import's preview). */
export function snapshot(db: Db, kind: CitedKindName, id: number): Snapshot | null {
  return runOnSqlite(db, snapshotStep(sqliteWrite, kind, id));
}

/** The record as the audit log stores it, read on either database. */
export function readSnapshot(
  db: Database,
  kind: CitedKindName,
  id: number,
): Promise<Snapshot | null> {
  return runRead(db, (w) => snapshotStep(w, kind, id));
}

/**
 * Validates, inserts, cites and audits one record, all in one transaction, on either database. Throws
 * ZodError on bad input.
 */
export async function createRecord<K extends CitedKindName>(
  db: Database,
  kind: K,
  input: Input<K>,
  options: EditOptions,
): Promise<number> {
  const valid = CITED_KINDS[kind].schema.parse(input) as ValidInput;
  return runWrite(db, (w) => createRecordStep(w, kind, valid, options));
}

/**
 * `createRecord`'s synchronous SQLite form, which may join a transaction the caller holds (`options.tx`):
 * the seed and the test factories write many records in one.
 */
export function createRecordSync<K extends CitedKindName>(
  db: Db,
  kind: K,
  input: Input<K>,
  options: WriteOptions,
): number {
  return createValidRecord(db, kind, CITED_KINDS[kind].schema.parse(input), options);
}

/**
 * `createRecordSync` for input its kind's schema has already returned: the CSV import writes what its preview
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
export async function updateRecord<K extends CitedKindName>(
  db: Database,
  kind: K,
  id: number,
  input: Input<K>,
  options: EditOptions,
): Promise<void> {
  const valid = CITED_KINDS[kind].schema.parse(input) as ValidInput;
  await runWrite(db, (w) => updateRecordStep(w, kind, id, valid, options));
}

/** Soft delete: the record leaves every list and export but stays restorable, with its history. */
export const softDeleteRecord = (
  db: Database,
  kind: CitedKindName,
  id: number,
  options: EditOptions,
): Promise<void> => runWrite(db, (w) => setDeletedStep(w, kind, id, true, options));
export const restoreRecord = (
  db: Database,
  kind: CitedKindName,
  id: number,
  options: EditOptions,
): Promise<void> => runWrite(db, (w) => setDeletedStep(w, kind, id, false, options));

/**
 * Marks one report as the preferred figure among the reports of the same scope/year/period/reporter
 * (and product), clearing the mark on the others; `preferred: false` clears the choice altogether.
 * Every report whose mark changes gets its own audit entry, so its history shows why it lost the mark.
 */
export async function setPreferredTrade(
  db: Database,
  id: number,
  preferred: boolean,
  options: EditOptions,
): Promise<void> {
  await runWrite(db, (w) => setPreferredTradeStep(w, id, preferred, options));
}
