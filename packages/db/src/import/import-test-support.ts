import { csvChunks } from '@tianshan/csv/write';
import { isPostgres, type Database } from '../database';
import type { PortableExport } from '../exchange/export-query';
import { exportRows } from '../exchange/export-rows';
import type { Actor } from '../write/audit';
import { commitImport } from './commit';
import type { ImportResult } from './commit-errors';
import { commitPostgresImport } from './commit-postgres';

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
