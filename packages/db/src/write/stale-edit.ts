import { sql } from 'drizzle-orm';
import type { RecordKind } from '@tianshan/model';
import type { Db } from '../client';
import { runOnSqlite } from './step/run-write';
import { assertCurrentVersionStep } from './step/stale-edit-step';
import { sqliteWrite } from './step/write-dialect';

/** The increment every write applies to the record it changes (the column is named alike in every table). */
export const nextVersion = sql`version + 1`;

/**
 * Refuses an edit that started from another version than the stored one (`assertCurrentVersionStep`), for
 * SQLite writers that run synchronously inside their own transaction.
 */
export function assertCurrentVersion(
  db: Db,
  kind: RecordKind,
  current: Record<string, unknown> & { id: number; version: number },
  expectedVersion: number | undefined,
): void {
  runOnSqlite(db, assertCurrentVersionStep(sqliteWrite, kind, current, expectedVersion));
}
