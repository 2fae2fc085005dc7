import { and, desc, eq, sql } from 'drizzle-orm';
import type { RecordKind } from '@tianshan/model';
import { StaleEditError, type StaleChange } from '../errors';
import { selectStep, type Step } from './step';
import type { WriteDialect } from './write-dialect';

/** Bookkeeping that changes with every write and says nothing about what the editor would have undone. */
const NOT_COMPARED = new Set(['id', 'createdAt', 'updatedAt', 'version']);

/**
 * Refuses an edit that started from another version than the stored one. Call inside the write's
 * transaction, before changing anything, with the record as stored now (read with `forUpdate`).
 */
export function* assertCurrentVersionStep(
  w: WriteDialect,
  kind: RecordKind,
  current: Record<string, unknown> & { id: number; version: number },
  expectedVersion: number | undefined,
): Step<void> {
  if (expectedVersion === undefined || current.version === expectedVersion) return;
  const theirs = yield* storedAtVersion(w, kind, current.id, expectedVersion);
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
 * so the newest entry that made or left that version holds it. Null when none does (a version that never
 * existed, or one older than the version column). The record's entries are searched here rather than in SQL
 * (JSON functions differ per dialect): only a refused edit pays for it.
 */
function* storedAtVersion(
  w: WriteDialect,
  kind: RecordKind,
  id: number,
  version: number,
): Step<Record<string, unknown> | null> {
  const { auditLog } = w.tables;
  const entries = yield* selectStep(
    { before: auditLog.before, after: auditLog.after },
    sql`FROM ${auditLog} WHERE ${and(eq(auditLog.recordKind, kind), eq(auditLog.recordId, String(id)))} ORDER BY ${desc(auditLog.id)}`,
  );
  for (const entry of entries)
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
