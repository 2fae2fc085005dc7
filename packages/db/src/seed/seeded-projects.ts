import { inArray } from 'drizzle-orm';
import { seedRows } from '../schema';
import type { Tx } from '../write/sources';
import { readSeedFile, SEED_RECORD_FILES } from './seed-files';
import { seedKeyOf } from './seed-keys';

/** The project each seeded project row became, by the name its file gives it. */
export function projectIdsOfSeededRows(tx: Tx, folder: string): Map<string, number> {
  const byKey = new Map<string, string>();
  for (const { file, kind } of SEED_RECORD_FILES)
    if (kind === 'project')
      for (const { values } of readSeedFile(folder, file))
        byKey.set(seedKeyOf(file, values), (values.name ?? '').trim());
  const ids = new Map<string, number>();
  if (byKey.size === 0) return ids;
  for (const row of tx
    .select({ key: seedRows.key, recordId: seedRows.recordId })
    .from(seedRows)
    .where(inArray(seedRows.key, [...byKey.keys()]))
    .all()) {
    const name = byKey.get(row.key);
    if (name !== undefined && row.recordId !== null) ids.set(name, row.recordId);
  }
  return ids;
}
