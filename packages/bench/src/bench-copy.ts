import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openDatabase } from '@tianshan/db/client';

export interface BenchCopy {
  file: string;
  remove: () => void;
}

/**
 * A private copy of `source` for benchmarks that write (a user to sign in as, an edit before each run), so
 * the database they were pointed at — the starter data, a synthetic file — is never changed. SQLite's own
 * backup, so a database with a live WAL is copied consistently.
 */
export async function benchCopy(source: string): Promise<BenchCopy> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'tianshan-bench-copy-'));
  const file = path.join(dir, path.basename(source));
  const db = openDatabase(source, { readonly: true });
  try {
    await db.$client.backup(file);
  } finally {
    db.$client.close();
  }
  return { file, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
