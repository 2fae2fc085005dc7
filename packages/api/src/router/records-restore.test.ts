import { TRPCError } from '@trpc/server';
import { afterAll, expect, it } from 'vitest';
import { callerFor } from '../test-caller';
import type { Session } from '../trpc';

const admin: Session = {
  user: {
    id: '00000000-0000-4000-8000-000000000009',
    email: 'admin@example.org',
    name: 'A',
    role: 'admin',
  },
};
const { caller, test } = callerFor(admin);
afterAll(() => test.close());

it('refuses to restore a milestone whose project is deleted, as a conflict that says what to do', async () => {
  const milestone = test.db.$client
    .prepare('SELECT id, project_id AS projectId FROM milestones WHERE deleted_at IS NULL LIMIT 1')
    .get() as { id: number; projectId: number };
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
  await expect(caller.records.restore({ kind: 'milestone', id: milestone.id })).resolves.toEqual({
    id: milestone.id,
  });
});
