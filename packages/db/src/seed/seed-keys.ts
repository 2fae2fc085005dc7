import { createHash } from 'node:crypto';
import { and, eq, isNull } from 'drizzle-orm';
import type { CsvRecord } from '@tianshan/csv/read';
import { auditLog, seedRows, sources } from '../schema';
import type { Actor } from '../write/audit';
import { sourceKey } from '../write/sources';
import type { Tx } from '../write/sources';
import { ARTICLES_FILE, readSeedFile, STARTER_RECORD_FILES } from './seed-files';

/**
 * A seeded row's identity: its file and a hash of its cells as shipped. Not a natural key of the record,
 * because an editor may change any field of it afterwards, and not the line number, because a file may be
 * re-sorted. The shipped files are facts with their sources: a corrected row is a new row, and the old
 * row's record stays until an editor deletes it.
 */
export function seedKeyOf(file: string, values: Readonly<Record<string, string>>): string {
  const cells = Object.keys(values)
    .sort()
    .map((column) => [column, values[column]]);
  const digest = createHash('sha256').update(JSON.stringify(cells)).digest('hex');
  return `${file}:${digest.slice(0, 16)}`;
}

export function knownSeedKeys(tx: Tx): Set<string> {
  return new Set(
    tx
      .select({ key: seedRows.key })
      .from(seedRows)
      .all()
      .map((r) => r.key),
  );
}

export function recordSeedRow(
  tx: Tx,
  row: { key: string; file: string; recordKind: string; recordId: number | null },
): void {
  tx.insert(seedRows).values(row).run();
}

/** The ids of the records the seed created of one kind, in the order it created them. */
function seededIds(tx: Tx, actor: Actor, kind: string): number[] {
  return tx
    .select({ id: auditLog.recordId })
    .from(auditLog)
    .where(
      and(
        eq(auditLog.actorLabel, actor.label),
        eq(auditLog.action, 'create'),
        eq(auditLog.recordKind, kind),
      ),
    )
    .orderBy(auditLog.id)
    .all()
    .map((r) => Number(r.id));
}

function articleSourceId(tx: Tx, values: CsvRecord['values']): number | null {
  const key = sourceKey({ title: values.title ?? '', url: values.url || null });
  const live = tx
    .select({ id: sources.id, title: sources.title, url: sources.url })
    .from(sources)
    .where(isNull(sources.deletedAt))
    .all();
  return live.find((s) => sourceKey(s) === key)?.id ?? null;
}

/**
 * A database seeded before seed rows were recorded holds the whole starter set (that seed was one
 * transaction), created in file order: each starter row is matched to the record the seed's audit entries
 * say it created, so seeding again adds only the later files.
 */
export function recordStarterRowsOfOlderSeed(tx: Tx, folder: string, actor: Actor): void {
  for (const { values } of readSeedFile(folder, ARTICLES_FILE))
    recordSeedRow(tx, {
      key: seedKeyOf(ARTICLES_FILE, values),
      file: ARTICLES_FILE,
      recordKind: 'source',
      recordId: articleSourceId(tx, values),
    });
  for (const { file, kind } of STARTER_RECORD_FILES) {
    const ids = seededIds(tx, actor, kind);
    readSeedFile(folder, file).forEach(({ values }, index) =>
      recordSeedRow(tx, {
        key: seedKeyOf(file, values),
        file,
        recordKind: kind,
        recordId: ids[index] ?? null,
      }),
    );
  }
}
