import { TRPCError } from '@trpc/server';
import { beforeAll, expect, it } from 'vitest';
import { describeOnEachDatabase } from '@tianshan/db/testing/each-database';
import { callerAs, type Caller } from '../test-caller';

describeOnEachDatabase(
  'restoring a record',
  (database) => {
    let caller: Caller;
    beforeAll(async () => {
      caller = (await callerAs(database().db, 'admin')).caller;
    });

    it('refuses to restore a milestone whose project is deleted, as a conflict that says what to do', async () => {
      const [milestone] = await database().query<{ id: number; projectId: number }>(
        'SELECT id, project_id AS "projectId" FROM milestones WHERE deleted_at IS NULL ORDER BY id LIMIT 1',
      );
      if (!milestone) throw new Error('the seed holds no milestone');
      await caller.records.softDelete({ kind: 'milestone', id: milestone.id });
      await caller.records.softDelete({ kind: 'project', id: milestone.projectId });

      const refused = await caller.records
        .restore({ kind: 'milestone', id: milestone.id })
        .catch((e: unknown) => e);
      expect(refused).toBeInstanceOf(TRPCError);
      expect((refused as TRPCError).code).toBe('CONFLICT');
      expect((refused as TRPCError).message).toMatch(
        /project .* is deleted; restore the project first/,
      );

      await caller.records.restore({ kind: 'project', id: milestone.projectId });
      await expect(
        caller.records.restore({ kind: 'milestone', id: milestone.id }),
      ).resolves.toEqual({ id: milestone.id });
    });
  },
  { seed: true },
);
