import { beforeAll, describe, expect, it } from 'vitest';
import { preferredTradeFigures } from '../queries/trade';
import { describeOnEachDatabase } from '../testing/each-database';
import { RecordConflictError } from './errors';
import { readSnapshot, restoreRecord, setPreferredTrade, softDeleteRecord } from './records';

const actor = { userId: null, label: 'audit-test' };
const after = (entry: { after: string | null } | undefined) =>
  JSON.parse(entry?.after ?? '{}') as Record<string, unknown>;

interface Entry extends Record<string, unknown> {
  action: string;
  reason: string | null;
  before: string | null;
  after: string | null;
}

describeOnEachDatabase(
  'audit coverage',
  (database) => {
    const db = () => database().db;
    const auditCount = () => database().count('SELECT count(*) FROM audit_log');
    const latest = async (id: number) =>
      (
        await database().query<Entry>(
          "SELECT action, reason, before, after FROM audit_log WHERE record_kind = 'trade-report' AND record_id = $1 ORDER BY id DESC LIMIT 1",
          [String(id)],
        )
      )[0];

    describe('choosing a preferred trade figure', () => {
      let first = -1;
      let second = -1;
      beforeAll(async () => {
        const [figure] = await preferredTradeFigures(db(), {
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
        await setPreferredTrade(db(), second, true, { actor });
        const untouched = await readSnapshot(db(), 'trade-report', first);
        const entries = await auditCount();
        await setPreferredTrade(db(), first, true, { actor, reason: 'the official figure' });
        // One entry for the chosen report, one for the report that lost the mark.
        expect((await auditCount()) - entries).toBe(2);
        const lost = await latest(second);
        expect(lost?.action).toBe('prefer');
        expect(JSON.parse(lost?.before ?? '{}')).toMatchObject({ id: second, preferred: true });
        expect(after(lost)).toMatchObject({ id: second, preferred: null });
        expect(lost?.reason).toBe('the official figure');
        expect(untouched?.preferred).toBeNull();

        // Clearing the choice: only the report that held it changes.
        const beforeClear = await auditCount();
        await setPreferredTrade(db(), second, false, { actor });
        expect((await auditCount()) - beforeClear).toBe(2);
        expect(after(await latest(first))).toMatchObject({ id: first, preferred: null });
      });

      it('audits a soft-deleted report that loses its mark too', async () => {
        await setPreferredTrade(db(), second, true, { actor });
        await softDeleteRecord(db(), 'trade-report', second, { actor });
        await setPreferredTrade(db(), first, true, { actor });
        const lost = await latest(second);
        expect(lost?.action).toBe('prefer');
        expect(after(lost)).toMatchObject({ id: second, preferred: null });
        expect(after(lost).deletedAt).toBeTruthy();
        expect(lost?.reason).toMatch(new RegExp(`trade report ${first} preferred`));
      });

      it('leaves reports without a mark untouched: no entry, no new updatedAt', async () => {
        const before = await readSnapshot(db(), 'trade-report', second);
        const entries = await auditCount();
        await setPreferredTrade(db(), first, true, { actor });
        expect((await auditCount()) - entries).toBe(1);
        expect((await readSnapshot(db(), 'trade-report', second))?.updatedAt).toBe(
          before?.updatedAt,
        );
      });
    });

    describe('restoring a milestone', () => {
      it('is refused while its project is deleted, with a message saying what to do', async () => {
        const milestone = (
          await database().query<{ id: number; projectId: number }>(
            'SELECT id, project_id AS "projectId" FROM milestones WHERE deleted_at IS NULL ORDER BY id LIMIT 1',
          )
        )[0] ?? { id: -1, projectId: -1 };
        await softDeleteRecord(db(), 'milestone', milestone.id, { actor });
        await softDeleteRecord(db(), 'project', milestone.projectId, { actor });
        const entries = await auditCount();
        await expect(restoreRecord(db(), 'milestone', milestone.id, { actor })).rejects.toThrow(
          RecordConflictError,
        );
        await expect(restoreRecord(db(), 'milestone', milestone.id, { actor })).rejects.toThrow(
          /restore the project first/,
        );
        expect((await readSnapshot(db(), 'milestone', milestone.id))?.deletedAt).toBeTruthy();
        expect(await auditCount()).toBe(entries);

        await restoreRecord(db(), 'project', milestone.projectId, { actor });
        await restoreRecord(db(), 'milestone', milestone.id, { actor });
        expect((await readSnapshot(db(), 'milestone', milestone.id))?.deletedAt).toBeNull();
      });
    });
  },
  { seed: true },
);
