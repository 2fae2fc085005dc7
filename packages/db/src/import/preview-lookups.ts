import { eq, isNull, sql } from 'drizzle-orm';
import type { Db } from '../client';
import { isPostgres, type Database } from '../database';
import type { PostgresDb } from '../postgres/client';
import { projects } from '../schema';
import { isOfProject } from '../write/record-kinds';
import type { Snapshot } from '../write/record-parts';
import { snapshot } from '../write/records';
import { runStepOn } from '../write/step/run-write';
import { selectStep } from '../write/step/step';
import { postgresWrite } from '../write/step/write-dialect';
import { projectIdByName, type ProjectIdByName } from './row-input';
import type { ImportKind } from './row-mapping';
import { storedSnapshotsStep } from './stored-snapshots';

/** What a preview reads from the database besides the file, for a batch of rows at a time. */
export interface PreviewLookups {
  /** For rows that name their project: synchronous, since rows are validated as the file is read. */
  projectIdByName: ProjectIdByName;
  /** The stored records rows with these ids would change (an id with none is missing from the map). */
  snapshots(ids: readonly number[]): Promise<Map<number, Snapshot>>;
  /** Which of these names a project already has, deleted or not (names are unique). */
  projectsNamed(names: readonly string[]): Promise<Set<string>>;
}

/**
 * The preview's reads on either database. SQLite answers each row from prepared statements. PostgreSQL
 * answers a batch in a few statements over the pool, without a transaction (the commit checks every change
 * again against what the preview saw); the live projects' names are read once up front for a kind whose
 * rows may name their project, since validation cannot wait on a query.
 */
export async function previewLookups(db: Database, kind: ImportKind): Promise<PreviewLookups> {
  return isPostgres(db) ? postgresLookups(db, kind) : sqliteLookups(db, kind);
}

function sqliteLookups(db: Db, kind: ImportKind): PreviewLookups {
  return {
    projectIdByName: (name) => projectIdByName(db, name),
    snapshots: async (ids) => {
      const found = new Map<number, Snapshot>();
      for (const id of ids) {
        const stored = snapshot(db, kind, id);
        if (stored) found.set(id, stored);
      }
      return found;
    },
    projectsNamed: async (names) =>
      new Set(
        names.filter((name) =>
          db.select({ id: projects.id }).from(projects).where(eq(projects.name, name)).get(),
        ),
      ),
  };
}

async function postgresLookups(db: PostgresDb, kind: ImportKind): Promise<PreviewLookups> {
  const pool = db.$client;
  const { projects: table } = postgresWrite.tables;
  const byName = new Map<string, number>();
  if (isOfProject(kind))
    for (const p of await runStepOn(
      pool,
      selectStep(
        { id: table.id, name: table.name },
        sql`FROM ${table} WHERE ${isNull(table.deletedAt)}`,
      ),
    ))
      byName.set(p.name, p.id);
  return {
    projectIdByName: (name) => byName.get(name),
    snapshots: (ids) => runStepOn(pool, storedSnapshotsStep(postgresWrite, kind, ids)),
    projectsNamed: async (names) => {
      if (names.length === 0) return new Set();
      const taken = await runStepOn(
        pool,
        selectStep(
          { name: table.name },
          sql`FROM ${table} WHERE ${table.name} = ANY(${sql.param(names)}::text[])`,
        ),
      );
      return new Set(taken.map((t) => t.name));
    },
  };
}
