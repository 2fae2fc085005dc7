import { milestoneKindOf } from '@tianshan/model';
import type { Db } from '../client';
import { writeAudit, type Actor } from '../write/audit';

interface SeededMilestone {
  id: number;
  kind: string;
  description: string;
}

/**
 * The seed's milestones that only the seed ever wrote: no editor, import or admin has an audit entry on
 * them, so their kind is still the classifier's and may follow it. Any other actor's entry (an edit, a
 * delete, a restore) leaves the milestone as that actor left it.
 */
function untouchedSeededMilestones(db: Db, seed: Actor): SeededMilestone[] {
  return db.$client
    .prepare(
      `SELECT m.id, m.kind, m.description FROM milestones m
        JOIN seed_rows r ON r.record_kind = 'milestone' AND r.record_id = m.id
        WHERE NOT EXISTS (SELECT 1 FROM audit_log a
          WHERE a.record_kind = 'milestone' AND a.record_id = CAST(m.id AS TEXT)
            AND a.actor_label <> ?)`,
    )
    .all(seed.label) as SeededMilestone[];
}

/**
 * Seeded milestones take the kind today's classifier reads from what happened (a database seeded before
 * "launch-ceremony" existed still shows the railway's "Project officially launched" as commissioning).
 * Run inside the seed's transaction; every change is audited as the seed's. Returns how many changed.
 */
export function rederiveSeededMilestoneKinds(db: Db, seed: Actor): number {
  const update = db.$client.prepare(
    `UPDATE milestones SET kind = ?, version = version + 1,
      updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = ?`,
  );
  let changed = 0;
  for (const m of untouchedSeededMilestones(db, seed)) {
    const kind = milestoneKindOf(m.description);
    if (kind === m.kind) continue;
    update.run(kind, m.id);
    writeAudit(db, {
      actor: seed,
      action: 'update',
      recordKind: 'milestone',
      recordId: m.id,
      before: { kind: m.kind },
      after: { kind },
      reason: 'kind re-derived from what happened by the current classifier',
    });
    changed++;
  }
  return changed;
}
