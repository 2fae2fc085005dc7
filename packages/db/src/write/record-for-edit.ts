import { and, eq, sql } from 'drizzle-orm';
import type { Database } from '../database';
import type { CitedKindName } from './record-kinds';
import type { Snapshot } from './record-parts';
import { snapshotStep } from './step/record-steps';
import { runRead } from './step/run-write';
import { selectStep } from './step/step';

export interface RecordForEdit {
  record: Snapshot;
  citations: { sourceId: number; quote: string | null }[];
}

/**
 * One record as stored (deleted ones too, so they can be restored) with its citations, for the edit form:
 * read on one snapshot, so the citations belong to the version the form will send back.
 */
export function readRecordForEdit(
  db: Database,
  kind: CitedKindName,
  id: number,
): Promise<RecordForEdit | null> {
  return runRead(db, function* (w) {
    const record = yield* snapshotStep(w, kind, id);
    if (!record) return null;
    const { citations } = w.tables;
    const cited = yield* selectStep(
      { sourceId: citations.sourceId, quote: citations.quote },
      sql`FROM ${citations} WHERE ${and(eq(citations.recordKind, kind), eq(citations.recordId, id))} ORDER BY ${citations.id}`,
    );
    return { record, citations: cited };
  });
}
