import { sourceInput, type SourceInput } from '@tianshan/model';
import type { Db } from '../client';
import type { Database } from '../database';
import type { EditOptions } from './step/record-steps';
import { runWrite, runWriteSync } from './step/run-write';
import {
  createSourceStep,
  restoreSourceStep,
  softDeleteSourceStep,
  updateSourceStep,
} from './step/source-steps';

/** Sources as editors write them, on either database; each write is audited in its own transaction. */

export async function createSource(
  db: Database,
  input: SourceInput,
  options: EditOptions,
): Promise<number> {
  const data = sourceInput.parse(input);
  return runWrite(db, (w) => createSourceStep(w, data, options));
}

export async function updateSource(
  db: Database,
  id: number,
  input: SourceInput,
  options: EditOptions,
): Promise<void> {
  const data = sourceInput.parse(input);
  await runWrite(db, (w) => updateSourceStep(w, id, data, options));
}

/** A source that figures still cite cannot be deleted: every figure must keep a source. */
export const softDeleteSource = (db: Database, id: number, options: EditOptions) =>
  runWrite(db, (w) => softDeleteSourceStep(w, id, options));

export const restoreSource = (db: Database, id: number, options: EditOptions) =>
  runWrite(db, (w) => restoreSourceStep(w, id, options));

/** `createSource`'s synchronous SQLite form (the test factories, the benchmarks' writer). */
export function createSourceSync(db: Db, input: SourceInput, options: EditOptions): number {
  const data = sourceInput.parse(input);
  return runWriteSync(db, (w) => createSourceStep(w, data, options));
}

/** `updateSource`'s synchronous SQLite form (the benchmarks' writer). */
export function updateSourceSync(
  db: Db,
  id: number,
  input: SourceInput,
  options: EditOptions,
): void {
  const data = sourceInput.parse(input);
  runWriteSync(db, (w) => updateSourceStep(w, id, data, options));
}
