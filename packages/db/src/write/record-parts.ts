import { and, eq, isNull, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { citationInput } from '@tianshan/model';
import type { Db } from '../client';
import { eventCountries, projectCountries, projects, sources } from '../schema';
import { preparedOnce } from '../prepared';
import { JsonText, type Actor, type AuditEntry } from './audit';
import type { CitationLink } from './citations';
import { InvalidReferenceError, RecordConflictError } from './errors';
import { CITED_KINDS, isOfProject, type CitedKindName } from './record-kinds';
import { findOrCreateSource, type NewSource, type Tx } from './sources';
import { writeTransaction } from './transaction';

/** The steps every writer of a cited record shares: creating one (`create-records.ts`) or editing one (`records.ts`). */

export type Row = Record<string, unknown> & { id: number; version: number };
export type ValidCitation = z.output<typeof citationInput>;
export type Snapshot = Row & { countries?: string[]; sourceIds: number[] };

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

/** One shape for every snapshot, whether read back or built from what was just written. */
export function asSnapshot(
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

const byNumber = (a: number, b: number) => a - b;

/**
 * `JSON.stringify(asSnapshot(…))`, the same text, without building the snapshot: the row's own JSON with its
 * countries and sources appended, as the spread in `asSnapshot` places them after the row's columns (no
 * table has a column of either name). An import writes one per record.
 */
export function snapshotJson(
  kind: CitedKindName,
  row: Row,
  countries: string[] | undefined,
  sourceIds: number[],
): string {
  const sources = sourceIds.length > 1 ? [...sourceIds].sort(byNumber) : sourceIds;
  const listed =
    'countries' in CITED_KINDS[kind]
      ? `,"countries":${JSON.stringify([...(countries ?? [])].sort())}`
      : '';
  return `${JSON.stringify(row).slice(0, -1)}${listed},"sourceIds":${JSON.stringify(sources)}}`;
}

/** The audit entry of a record just created: its snapshot is what was written, not read back. */
export function creationEntry(
  kind: CitedKindName,
  written: { row: Row; countries: string[] | undefined; sourceIds: number[] },
  by: { actor: Actor; reason?: string | null },
): AuditEntry {
  return {
    actor: by.actor,
    action: 'create',
    recordKind: kind,
    recordId: written.row.id,
    after: new JsonText(snapshotJson(kind, written.row, written.countries, written.sourceIds)),
    reason: by.reason,
  };
}

export function resolveCitations(db: Db, tx: Tx, list: ValidCitation[]): CitationLink[] {
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

export function isLiveProject(db: Db, projectId: unknown): boolean {
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
