import { and, eq, isNull, sql } from 'drizzle-orm';
import { sourceInput, type SourceInput } from '@tianshan/model';
import type { Db } from '../client';
import { citations, sources } from '../schema';
import { utcNow } from '../schema/columns';
import { writeAudit } from './audit';
import { writeTransaction } from './transaction';
import { RecordConflictError, RecordNotFoundError } from './errors';
import type { WriteOptions } from './records';
import { assertCurrentVersion, nextVersion } from './stale-edit';

const one = (db: Db | Parameters<Parameters<Db['transaction']>[0]>[0], id: number) =>
  db.select().from(sources).where(eq(sources.id, id)).get();

export function createSource(db: Db, input: SourceInput, options: WriteOptions): number {
  const data = sourceInput.parse(input);
  return writeTransaction(db, (tx) => {
    const row = tx.insert(sources).values(data).returning({ id: sources.id }).get();
    writeAudit(db, {
      actor: options.actor,
      action: 'create',
      recordKind: 'source',
      recordId: row.id,
      after: one(tx, row.id),
      reason: options.reason,
    });
    return row.id;
  });
}

export function updateSource(db: Db, id: number, input: SourceInput, options: WriteOptions): void {
  const data = sourceInput.parse(input);
  writeTransaction(db, (tx) => {
    const before = one(tx, id);
    if (!before || before.deletedAt) throw new RecordNotFoundError('source', id);
    assertCurrentVersion(db, 'source', before, options.expectedVersion);
    tx.update(sources)
      .set({ ...data, updatedAt: utcNow, version: nextVersion })
      .where(eq(sources.id, id))
      .run();
    writeAudit(db, {
      actor: options.actor,
      action: 'update',
      recordKind: 'source',
      recordId: id,
      before,
      after: one(tx, id),
      reason: options.reason,
    });
  });
}

/** A source that figures still cite cannot be deleted: every figure must keep a source. */
export function softDeleteSource(db: Db, id: number, options: WriteOptions): void {
  writeTransaction(db, (tx) => {
    const before = one(tx, id);
    if (!before || before.deletedAt) throw new RecordNotFoundError('source', id);
    assertCurrentVersion(db, 'source', before, options.expectedVersion);
    const cited =
      tx
        .select({ n: sql<number>`count(*)` })
        .from(citations)
        .where(eq(citations.sourceId, id))
        .get()?.n ?? 0;
    if (cited > 0)
      throw new RecordConflictError(
        `source ${id} is still cited by ${cited} record(s); cite another source there first`,
      );
    tx.update(sources)
      .set({ deletedAt: utcNow, updatedAt: utcNow, version: nextVersion })
      .where(and(eq(sources.id, id), isNull(sources.deletedAt)))
      .run();
    writeAudit(db, {
      actor: options.actor,
      action: 'delete',
      recordKind: 'source',
      recordId: id,
      before,
      after: one(tx, id),
      reason: options.reason,
    });
  });
}

export function restoreSource(db: Db, id: number, options: WriteOptions): void {
  writeTransaction(db, (tx) => {
    const before = one(tx, id);
    if (!before || !before.deletedAt) throw new RecordNotFoundError('deleted source', id);
    assertCurrentVersion(db, 'source', before, options.expectedVersion);
    tx.update(sources)
      .set({ deletedAt: null, updatedAt: utcNow, version: nextVersion })
      .where(eq(sources.id, id))
      .run();
    writeAudit(db, {
      actor: options.actor,
      action: 'restore',
      recordKind: 'source',
      recordId: id,
      before,
      after: one(tx, id),
      reason: options.reason,
    });
  });
}
