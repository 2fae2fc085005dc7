import { beforeAll, expect, it } from 'vitest';
import { anIndicator } from '@tianshan/db/testing';
import { describeOnEachDatabase } from '@tianshan/db/testing/each-database';
import { appRouter } from '../root';
import { callerAs, type Caller } from '../test-caller';
import type { Session } from '../trpc';

type Procedure = { _def: { type: 'query' | 'mutation' | 'subscription' } };
// At run time tRPC keeps a flat path → procedure map here (the type describes the nested router).
const procedures = Object.entries(
  appRouter._def.procedures as unknown as Record<string, Procedure>,
);
const mutations = procedures.filter(([, p]) => p._def.type === 'mutation').map(([path]) => path);

function call(who: { caller: Caller }, path: string, input: unknown) {
  let target: unknown = who.caller;
  for (const part of path.split('.')) target = (target as Record<string, unknown>)[part];
  return (target as (i: unknown) => Promise<unknown>)(input);
}

// Every input shape we can think of, valid-looking or not: the role check must come first regardless.
const INPUTS = [undefined, {}, { id: 1 }, { kind: 'trade-report', data: {} }, 'garbage'];

describeOnEachDatabase(
  'every mutation checks the caller on the server',
  (database) => {
    let anonymous: { caller: Caller };
    let viewer: { caller: Caller };
    let editor: { caller: Caller; session: Session };
    beforeAll(async () => {
      anonymous = await callerAs(database().db, null);
      viewer = await callerAs(database().db, 'viewer');
      editor = await callerAs(database().db, 'editor');
    });
    const auditCount = () => database().count('SELECT count(*) FROM audit_log');

    it('knows the full list of mutations (adding one without a guard fails this test)', () => {
      expect(mutations.sort()).toEqual(
        [
          'records.create',
          'records.createSource',
          'records.restore',
          'records.restoreSource',
          'records.setPreferred',
          'records.setPreferredProjectFact',
          'records.softDelete',
          'records.softDeleteSource',
          'records.update',
          'records.updateSource',
          'users.create',
          'users.delete',
          'users.setRole',
        ].sort(),
      );
    });

    it.each(mutations)(
      '%s refuses an anonymous caller with UNAUTHORIZED and a viewer with FORBIDDEN',
      async (path) => {
        const auditBefore = await auditCount();
        for (const input of INPUTS) {
          await expect(call(anonymous, path, input)).rejects.toMatchObject({
            code: 'UNAUTHORIZED',
          });
          await expect(call(viewer, path, input)).rejects.toMatchObject({ code: 'FORBIDDEN' });
        }
        expect(await auditCount()).toBe(auditBefore);
      },
    );

    it('keeps user management for admins: an editor is FORBIDDEN there', async () => {
      for (const path of mutations.filter((p) => p.startsWith('users.'))) {
        await expect(call(editor, path, {})).rejects.toMatchObject({ code: 'FORBIDDEN' });
      }
      await expect(call(editor, 'users.audit', {})).rejects.toMatchObject({ code: 'FORBIDDEN' });
      await expect(
        call(viewer, 'records.history', { kind: 'project', id: 1 }),
      ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    });

    it('keeps deleting and restoring for admins: an editor is FORBIDDEN there and nothing changes', async () => {
      const auditBefore = await auditCount();
      for (const [path, input] of [
        ['records.softDelete', { kind: 'project', id: 1 }],
        ['records.restore', { kind: 'project', id: 1 }],
        ['records.softDeleteSource', { id: 1 }],
        ['records.restoreSource', { id: 1 }],
      ] as const) {
        await expect(call(editor, path, input)).rejects.toMatchObject({ code: 'FORBIDDEN' });
      }
      expect(await auditCount()).toBe(auditBefore);
    });

    it('lets an editor change data, with field errors for bad input and an audit trail for good input', async () => {
      const bad = call(editor, 'records.create', {
        kind: 'trade-report',
        data: {
          scope: 'KG',
          year: 2024,
          period: 'FY',
          reporter: 'CN',
          totalUsd: -1,
          citations: [],
        },
      });
      await expect(bad).rejects.toMatchObject({ code: 'BAD_REQUEST' });
      const good = (await call(editor, 'records.create', {
        kind: 'indicator',
        data: anIndicator(),
        reason: 'test',
      })) as { id: number };
      const history = (await call(editor, 'records.history', {
        kind: 'indicator',
        id: good.id,
      })) as {
        action: string;
        actor: string;
      }[];
      expect(history[0]).toMatchObject({ action: 'create', actor: editor.session.user.email });
    });
  },
  { seed: true },
);
