import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Db } from './client';
import { openOwnedDatabase, seedOnce } from './setup';

export interface TestDatabase {
  db: Db;
  file: string;
  close: () => void;
}

/** A real SQLite file in a fresh temp folder, migrated, and seeded with the starter data unless asked not to. */
export function createTestDatabase(options: { seed?: boolean } = {}): TestDatabase {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'tianshan-test-'));
  const file = path.join(dir, 'test.db');
  const db = openOwnedDatabase(file);
  if (options.seed ?? true) seedOnce(db);
  return {
    db,
    file,
    close: () => {
      db.$client.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export * from './testing/factories';
