import { eq, isNull, sql } from 'drizzle-orm';
import type { Db } from '../client';
import { isPostgres, type Database } from '../database';
import type { PostgresDb } from '../postgres/client';
import { projects } from '../schema';
import { isOfProject } from '../write/record-kinds';
import type { Snapshot } from '../write/record-parts';
import { snapshot } from '../write/records';
import { snapshotStep } from '../write/step/record-steps';
import { runStepOn } from '../write/step/run-write';
import { selectStep } from '../write/step/step';
import { postgresWrite } from '../write/step/write-dialect';
import { projectIdByName, type ProjectIdByName } from './row-input';
import type { ImportKind } from './row-mapping';

/** What a preview reads from the database besides the file. */
export interface PreviewLookups {
  /** For rows that name their project: synchronous, since rows are validated as the file is read. */
  projectIdByName: ProjectIdByName;
  /** The stored record a row with an id would change (null when there is none). */
  snapshot(id: number): Promise<Snapshot | null>;
  /** Whether any project, deleted or not, has this name (names are unique). */
  projectNamed(name: string): Promise<boolean>;
}

/**
 * The preview's reads on either database. SQLite answers each synchronously from prepared statements.
 * PostgreSQL answers over the pool, one statement at a time and without a transaction (the commit checks
 * every change again against what the preview saw); the live projects' names are read once up front for a
 * kind whose rows may name their project, since validation cannot wait on a query.
 */
export async function previewLookups(db: Database, kind: ImportKind): Promise<PreviewLookups> {
  return isPostgres(db) ? postgresLookups(db, kind) : sqliteLookups(db, kind);
}

function sqliteLookups(db: Db, kind: ImportKind): PreviewLookups {
  return {
    projectIdByName: (name) => projectIdByName(db, name),
    snapshot: async (id) => snapshot(db, kind, id),
    projectNamed: async (name) =>
      Boolean(db.select({ id: projects.id }).from(projects).where(eq(projects.name, name)).get()),
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
    snapshot: (id) => runStepOn(pool, snapshotStep(postgresWrite, kind, id)),
    projectNamed: async (name) =>
      (
        await runStepOn(
          pool,
          selectStep({ id: table.id }, sql`FROM ${table} WHERE ${eq(table.name, name)}`),
        )
      ).length > 0,
  };
}
