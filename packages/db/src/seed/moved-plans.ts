import type { Db } from '../client';
import { writeAudit, type Actor } from '../write/audit';
import type { Tx } from '../write/sources';
import { readSeedFile } from './seed-files';
import { recordSeedRow, seedKeyOf } from './seed-keys';

const FILE = 'projects';

/**
 * Planned years the starter projects file shipped as completion dates. The file now leaves the completion
 * empty and project-facts.csv reports the plan; a database seeded with the former row still holds it.
 */
const MOVED_PLANS: readonly { name: string; was: string }[] = [
  { name: 'Kazakhstan Integrated Gas Chemical Complex (Polyethylene), Atyrau', was: '2029' },
  { name: 'Aktogay Copper Smelter', was: '2028' },
];

function seededRecordOf(db: Db, keys: string[]): number | null {
  const row = db.$client
    .prepare(
      `SELECT record_id FROM seed_rows WHERE key IN (?, ?) AND record_id IS NOT NULL LIMIT 1`,
    )
    .get(...keys) as { record_id: number } | undefined;
  return row?.record_id ?? null;
}

/** Only a project the seed alone ever wrote (as milestone-kinds.ts): an editor's word stands. */
function stillTheSeeds(db: Db, id: number, seed: Actor, was: string): boolean {
  return (
    db.$client
      .prepare(
        `SELECT 1 FROM projects p WHERE p.id = ? AND p.completed_on = ? AND NOT EXISTS (
          SELECT 1 FROM audit_log a WHERE a.record_kind = 'project' AND a.record_id = CAST(p.id AS TEXT)
            AND a.actor_label <> ?)`,
      )
      .get(id, was, seed.label) !== undefined
  );
}

/**
 * Brings a database seeded with a former row up to date: the corrected row is known as the same record
 * (so it is not created twice), and the planned year leaves the completion column, audited as the seed's.
 * Run inside the seed's transaction, before the rows are loaded.
 */
export function catchUpMovedPlans(
  db: Db,
  tx: Tx,
  folder: string,
  known: Set<string>,
  seed: Actor,
): void {
  const rows = readSeedFile(folder, FILE);
  for (const { name, was } of MOVED_PLANS) {
    const values = rows.find((r) => (r.values.name ?? '').trim() === name)?.values;
    if (!values || values.completion_date !== '') continue;
    const key = seedKeyOf(FILE, values);
    const formerKey = seedKeyOf(FILE, { ...values, completion_date: was });
    const id = seededRecordOf(db, [key, formerKey]);
    if (id === null) continue;
    if (!known.has(key)) {
      recordSeedRow(tx, { key, file: FILE, recordKind: 'project', recordId: id });
      known.add(key);
    }
    if (!stillTheSeeds(db, id, seed, was)) continue;
    db.$client
      .prepare(
        `UPDATE projects SET completed_on = NULL, version = version + 1,
          updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = ?`,
      )
      .run(id);
    writeAudit(db, {
      actor: seed,
      action: 'update',
      recordKind: 'project',
      recordId: id,
      before: { completedOn: was },
      after: { completedOn: null },
      reason: 'a planned year is not a completion: moved to a planned-completion report',
    });
  }
}
