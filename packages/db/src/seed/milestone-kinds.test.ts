import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedOnce } from '../setup';
import { createTestDatabase, type TestDatabase } from '../testing';
import { writeAudit } from '../write/audit';

let t: TestDatabase;
beforeAll(() => {
  t = createTestDatabase();
});
afterAll(() => t.close());

const RAILWAY = 'China-Kyrgyzstan-Uzbekistan Railway';

function milestone(project: string, description: string) {
  return t.db.$client
    .prepare(
      `SELECT m.id, m.kind, m.version FROM milestones m JOIN projects p ON p.id = m.project_id
        WHERE p.name = ? AND m.description = ?`,
    )
    .get(project, description) as { id: number; kind: string; version: number };
}

/** What an older classifier stored, before `launch-ceremony` existed. */
function storeKind(id: number, kind: string) {
  t.db.$client.prepare('UPDATE milestones SET kind = ? WHERE id = ?').run(kind, id);
}

describe("seeded milestones' kinds", () => {
  it('reads the railway\'s "Project officially launched" as a launch ceremony', () => {
    expect(milestone(RAILWAY, 'Project officially launched').kind).toBe('launch-ceremony');
    expect(
      milestone(
        RAILWAY,
        'Construction launch ceremony in the settlement of Tash-Kitchu, Jalal-Abad region, led by President Japarov',
      ).kind,
    ).toBe('construction-start');
  });

  it('are re-derived when seeding an older database again, but never where an editor chose', () => {
    const launched = milestone(RAILWAY, 'Project officially launched');
    const issykKul = milestone('Issyk-Kul Solar Power Plant', 'Project launched (early 2024)');
    storeKind(launched.id, 'commissioning');
    storeKind(issykKul.id, 'commissioning');
    // An editor kept the Issyk-Kul milestone as commissioning.
    writeAudit(t.db, {
      actor: { userId: 'editor-1', label: 'editor@example.org' },
      action: 'update',
      recordKind: 'milestone',
      recordId: issykKul.id,
      before: { kind: 'launch-ceremony' },
      after: { kind: 'commissioning' },
    });

    seedOnce(t.db);

    const after = milestone(RAILWAY, 'Project officially launched');
    expect(after.kind).toBe('launch-ceremony');
    expect(after.version).toBe(launched.version + 1);
    expect(milestone('Issyk-Kul Solar Power Plant', 'Project launched (early 2024)').kind).toBe(
      'commissioning',
    );
    const audit = t.db.$client
      .prepare(
        `SELECT actor_label AS actor, action FROM audit_log
          WHERE record_kind = 'milestone' AND record_id = ? ORDER BY id DESC LIMIT 1`,
      )
      .get(String(launched.id));
    expect(audit).toEqual({ actor: 'seed (starter dataset)', action: 'update' });
  });

  it('change nothing when seeding again finds them current', () => {
    const before = milestone(RAILWAY, 'Project officially launched');
    seedOnce(t.db);
    expect(milestone(RAILWAY, 'Project officially launched').version).toBe(before.version);
  });
});
