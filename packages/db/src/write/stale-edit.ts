import { and, desc, eq, or, sql } from 'drizzle-orm';
import type { RecordKind } from '@tianshan/model';
import type { Db } from '../client';
import { auditLog } from '../schema';
import { preparedOnce } from '../prepared';
import { StaleEditError, type StaleChange } from './errors';

/** Bookkeeping that changes with every write and says nothing about what the editor would have undone. */
const NOT_COMPARED = new Set(['id', 'createdAt', 'updatedAt', 'version']);

/** The increment every write applies to the record it changes (the column is named alike in every table). */
export const nextVersion = sql`version + 1`;

/**
 * Refuses an edit that started from another version than the stored one. Call inside the write's
 * transaction, before changing anything, with the record as stored now.
 */
export function assertCurrentVersion(
  db: Db,
  kind: RecordKind,
  current: Record<string, unknown> & { id: number; version: number },
  expectedVersion: number | undefined,
): void {
  if (expectedVersion === undefined || current.version === expectedVersion) return;
  const theirs = storedAtVersion(db, kind, current.id, expectedVersion);
  throw new StaleEditError(
    kind,
    current.id,
    expectedVersion,
    current.version,
    theirs ? differences(theirs, current) : [],
  );
}

/**
 * The record as it was at `version`, from the audit log: every write stores the record before and after,
 * so the entry that made or left that version holds it. Null when no entry does (a version that never
 * existed, or one older than the version column).
 */
function storedAtVersion(
  db: Db,
  kind: RecordKind,
  id: number,
  version: number,
): Record<string, unknown> | null {
  const beforeVersion = sql`json_extract(${auditLog.before}, '$.version')`;
  const afterVersion = sql`json_extract(${auditLog.after}, '$.version')`;
  const entry = preparedOnce(db, 'audit entry at version', () =>
    db
      .select({ before: auditLog.before, after: auditLog.after })
      .from(auditLog)
      .where(
        and(
          eq(auditLog.recordKind, sql.placeholder('kind')),
          eq(auditLog.recordId, sql.placeholder('id')),
          or(
            eq(beforeVersion, sql.placeholder('version')),
            eq(afterVersion, sql.placeholder('version')),
          ),
        ),
      )
      .orderBy(desc(auditLog.id))
      .limit(1)
      .prepare(),
  ).get({ kind, id: String(id), version });
  if (!entry) return null;
  for (const side of [entry.before, entry.after]) {
    const parsed = side ? (JSON.parse(side) as unknown) : null;
    if (isRecordAt(parsed, version)) return parsed;
  }
  return null;
}

function isRecordAt(value: unknown, version: number): value is Record<string, unknown> {
  return (
    typeof value === 'object' &&
    value !== null &&
    !Array.isArray(value) &&
    (value as { version?: unknown }).version === version
  );
}

function differences(theirs: Record<string, unknown>, now: Record<string, unknown>): StaleChange[] {
  return [...new Set([...Object.keys(theirs), ...Object.keys(now)])]
    .filter((field) => !NOT_COMPARED.has(field))
    .filter((field) => JSON.stringify(theirs[field] ?? null) !== JSON.stringify(now[field] ?? null))
    .map((field) => ({ field, theirs: theirs[field] ?? null, now: now[field] ?? null }));
}
