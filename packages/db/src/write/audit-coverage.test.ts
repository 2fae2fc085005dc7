import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordHistory } from '../queries/audit';
import { preferredTradeFigures } from '../queries/trade';
import { createTestDatabase } from '../testing';
import { RecordConflictError } from './errors';
import { restoreRecord, setPreferredTrade, softDeleteRecord, snapshot } from './records';

const test = createTestDatabase();
afterAll(() => test.close());

const actor = { userId: null, label: 'audit-test' };
const auditCount = () =>
  test.db.$client.prepare('SELECT count(*) FROM audit_log').pluck().get() as number;
const latest = async (id: number) => (await recordHistory(test.db, 'trade-report', id))[0];
const after = (entry: { after: string | null } | undefined) =>
  JSON.parse(entry?.after ?? '{}') as Record<string, unknown>;

describe('choosing a preferred trade figure', () => {
  let first = -1;
  let second = -1;
  beforeAll(async () => {
    const [figure] = await preferredTradeFigures(test.db, {
      countries: ['KZ'],
      yearFrom: 2024,
      yearTo: 2024,
      reporters: ['CN'],
      periodKinds: ['year'],
    });
    first = figure?.id ?? -1;
    second = figure?.alternatives[0]?.id ?? -1;
  });

  it('gives every report whose mark it clears an audit entry of its own, in the same write', async () => {
    await setPreferredTrade(test.db, second, true, { actor });
    const untouched = snapshot(test.db, 'trade-report', first);
    const entries = auditCount();
    await setPreferredTrade(test.db, first, true, { actor, reason: 'the official figure' });
    // One entry for the chosen report, one for the report that lost the mark.
    expect(auditCount() - entries).toBe(2);
    const lost = await latest(second);
    expect(lost?.action).toBe('prefer');
    expect(JSON.parse(lost?.before ?? '{}')).toMatchObject({ id: second, preferred: true });
    expect(after(lost)).toMatchObject({ id: second, preferred: null });
    expect(lost?.reason).toBe('the official figure');
    expect(untouched?.preferred).toBeNull();

    // Clearing the choice: only the report that held it changes.
    const beforeClear = auditCount();
    await setPreferredTrade(test.db, second, false, { actor });
    expect(auditCount() - beforeClear).toBe(2);
    expect(after(await latest(first))).toMatchObject({ id: first, preferred: null });
  });

  it('audits a soft-deleted report that loses its mark too', async () => {
    await setPreferredTrade(test.db, second, true, { actor });
    await softDeleteRecord(test.db, 'trade-report', second, { actor });
    await setPreferredTrade(test.db, first, true, { actor });
    const lost = await latest(second);
    expect(lost?.action).toBe('prefer');
    expect(after(lost)).toMatchObject({ id: second, preferred: null });
    expect(after(lost).deletedAt).toBeTruthy();
    expect(lost?.reason).toMatch(new RegExp(`trade report ${first} preferred`));
  });

  it('leaves reports without a mark untouched: no entry, no new updatedAt', async () => {
    const before = snapshot(test.db, 'trade-report', second);
    const entries = auditCount();
    await setPreferredTrade(test.db, first, true, { actor });
    expect(auditCount() - entries).toBe(1);
    expect(snapshot(test.db, 'trade-report', second)?.updatedAt).toBe(before?.updatedAt);
  });
});

describe('restoring a milestone', () => {
  it('is refused while its project is deleted, with a message saying what to do', async () => {
    const milestone = test.db.$client
      .prepare(
        'SELECT id, project_id AS projectId FROM milestones WHERE deleted_at IS NULL LIMIT 1',
      )
      .get() as { id: number; projectId: number };
    await softDeleteRecord(test.db, 'milestone', milestone.id, { actor });
    await softDeleteRecord(test.db, 'project', milestone.projectId, { actor });
    const entries = auditCount();
    await expect(restoreRecord(test.db, 'milestone', milestone.id, { actor })).rejects.toThrow(
      RecordConflictError,
    );
    await expect(restoreRecord(test.db, 'milestone', milestone.id, { actor })).rejects.toThrow(
      /restore the project first/,
    );
    expect(snapshot(test.db, 'milestone', milestone.id)?.deletedAt).toBeTruthy();
    expect(auditCount()).toBe(entries);

    await restoreRecord(test.db, 'project', milestone.projectId, { actor });
    await restoreRecord(test.db, 'milestone', milestone.id, { actor });
    expect(snapshot(test.db, 'milestone', milestone.id)?.deletedAt).toBeNull();
  });
});
