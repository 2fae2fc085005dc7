import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import SQLite from 'better-sqlite3';
import { csvChunks } from '@tianshan/csv/write';
import { isPostgres, type Database } from '../database';
import type { PortableExport } from '../exchange/export-query';
import { exportRows } from '../exchange/export-rows';
import type { Actor } from '../write/audit';
import { commitImport } from './commit';
import type { ImportResult } from './commit-errors';
import { commitPostgresImport } from './commit-postgres';
import { readStagedRows } from './staged-file';
import { SHAPED_TABLES } from './shaped-stage';
import { shapedStagePath, stagingPath } from './staging';

/** An upload of one chunk. */
export const upload = (text: string) => [Buffer.from(text, 'utf8')];

/** The commit on the test's own thread, on either database (the server's worker thread has its own tests). */
export async function commitOn(
  db: Database,
  importId: string | null,
  actor: Actor,
): Promise<ImportResult> {
  if (isPostgres(db)) return commitPostgresImport(db, importId ?? '', actor);
  return commitImport(db, importId ?? '', actor);
}

/** The file a download would send, as one string. */
export async function exportedCsv(db: Database, portable: PortableExport): Promise<string> {
  let text = '';
  for await (const chunk of csvChunks(portable.columns, exportRows(db, portable))) text += chunk;
  return text;
}

/** How many rows a preview staged for its commit. */
export function stagedRowCount(importId: string | null): number {
  let rows = 0;
  for (const _ of readStagedRows(stagingPath(importId ?? ''))) rows++;
  return rows;
}

/**
 * Sets one field of the `index`-th staged row (0-based) behind the preview's back, in both stages (the rows
 * and, for new records on SQLite, the shaped ones), so that the commit, which writes what the preview
 * validated without validating it again, meets a row the database refuses.
 */
export function spoilStagedRow(importId: string | null, index: number, field: string, value: null) {
  const file = stagingPath(importId ?? '');
  let keys: string[] = [];
  let row = -1;
  const lines = readFileSync(file, 'utf8')
    .trimEnd()
    .split('\n')
    .map((text) => {
      const staged = JSON.parse(text) as { keys: string[] } | [number, unknown, number, unknown[]];
      if (!Array.isArray(staged)) keys = staged.keys;
      else if (++row === index) staged[3][keys.indexOf(field)] = value;
      return JSON.stringify(staged);
    });
  if (row < index || !keys.includes(field)) throw new Error(`no staged row ${index} with ${field}`);
  writeFileSync(file, `${lines.join('\n')}\n`);
  if (existsSync(shapedStagePath(file))) spoilShapedRow(shapedStagePath(file), index, field, value);
}

function spoilShapedRow(file: string, index: number, field: string, value: null) {
  const shaped = new SQLite(file);
  try {
    const keys = JSON.parse(
      shaped.prepare(`SELECT keys FROM ${SHAPED_TABLES.meta}`).pluck().get() as string,
    ) as string[];
    const changed = shaped
      .prepare(`UPDATE ${SHAPED_TABLES.rows} SET v${keys.indexOf(field)} = ? WHERE seq = ?`)
      .run(value, index + 1).changes;
    if (changed !== 1) throw new Error(`no shaped row ${index}`);
  } finally {
    shaped.close();
  }
}
