import { TRPCError } from '@trpc/server';
import { beforeAll, expect, it } from 'vitest';
import { aProject, aSource } from '@tianshan/db/testing';
import { describeOnEachDatabase } from '@tianshan/db/testing/each-database';
import { StaleEditError } from '@tianshan/db/write/errors';
import { callerAs, type Caller } from '../test-caller';

async function refusal(promise: Promise<unknown>): Promise<TRPCError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(TRPCError);
  return error as TRPCError;
}

describeOnEachDatabase(
  'two editors saving the same record',
  (database) => {
    // Two editors, each with a session of their own, working on one database.
    let first: Caller;
    let second: Caller;
    beforeAll(async () => {
      first = (await callerAs(database().db, 'editor')).caller;
      second = (await callerAs(database().db, 'editor')).caller;
    });

    it('refuses the stale save with what changed since, and keeps the first save', async () => {
      const project = aProject({ status: 'under-construction', citations: [{ sourceId: 1 }] });
      const { id } = await first.records.create({ kind: 'project', data: project });
      // Both open the edit form: each reads the record and the version it starts from.
      const seenByFirst = await first.records.get({ kind: 'project', id });
      const seenBySecond = await second.records.get({ kind: 'project', id });
      expect(seenBySecond.record.version).toBe(seenByFirst.record.version);

      await first.records.update({
        kind: 'project',
        id,
        version: seenByFirst.record.version,
        data: { ...project, status: 'operating' },
      });
      const refused = await refusal(
        second.records.update({
          kind: 'project',
          id,
          version: seenBySecond.record.version,
          data: { ...project, name: `${project.name} renamed` },
        }),
      );
      expect(refused.code).toBe('CONFLICT');
      expect(refused.message).toContain('status: under-construction → operating');
      expect(refused.message).toContain('Nothing was saved');
      expect(refused.cause).toBeInstanceOf(StaleEditError);
      expect((refused.cause as StaleEditError).changes).toEqual([
        { field: 'status', theirs: 'under-construction', now: 'operating' },
      ]);

      // The first editor's change stands, and the refused one wrote nothing, not even a history entry.
      const stored = await second.records.get({ kind: 'project', id });
      expect(stored.record).toMatchObject({ name: project.name, status: 'operating' });
      expect(await second.records.history({ kind: 'project', id })).toHaveLength(2);

      // After reloading, the second editor redoes the rename on the current version: both changes are kept.
      await second.records.update({
        kind: 'project',
        id,
        version: stored.record.version,
        data: { ...project, status: 'operating', name: `${project.name} renamed` },
      });
      const reconciled = await first.records.get({ kind: 'project', id });
      expect(reconciled.record).toMatchObject({
        name: `${project.name} renamed`,
        status: 'operating',
        version: seenByFirst.record.version + 2,
      });
    });

    it('tells apart two saves made within the same millisecond', async () => {
      const project = aProject({ citations: [{ sourceId: 1 }] });
      const { id } = await first.records.create({ kind: 'project', data: project });
      const { version } = (await first.records.get({ kind: 'project', id })).record;
      // Back to back, both saves can share an updated_at; the version still differs.
      await first.records.update({
        kind: 'project',
        id,
        version,
        data: { ...project, capacity: 'a' },
      });
      const refused = await refusal(
        second.records.update({
          kind: 'project',
          id,
          version,
          data: { ...project, capacity: 'b' },
        }),
      );
      expect(refused.code).toBe('CONFLICT');
      expect(refused.message).toContain('capacity: — → a');
    });

    it('counts deleting, restoring and every other write as a new version', async () => {
      const admin = (await callerAs(database().db, 'admin')).caller;
      const project = aProject({ citations: [{ sourceId: 1 }] });
      const { id } = await first.records.create({ kind: 'project', data: project });
      const { version } = (await first.records.get({ kind: 'project', id })).record;
      await admin.records.softDelete({ kind: 'project', id });
      await admin.records.restore({ kind: 'project', id });
      const refused = await refusal(
        first.records.update({ kind: 'project', id, version, data: project }),
      );
      expect(refused.code).toBe('CONFLICT');
      expect((await first.records.get({ kind: 'project', id })).record.version).toBe(version + 2);
    });

    it('guards source edits the same way', async () => {
      const source = aSource();
      const { id } = await first.records.createSource({ data: source });
      const version = 1;
      await first.records.updateSource({ id, version, data: { ...source, publisher: 'First' } });
      const refused = await refusal(
        second.records.updateSource({ id, version, data: { ...source, notes: 'Second' } }),
      );
      expect(refused.code).toBe('CONFLICT');
      expect(refused.message).toContain('publisher: Test publisher → First');
      await second.records.updateSource({
        id,
        version: version + 1,
        data: { ...source, publisher: 'First', notes: 'Second' },
      });
    });

    it('rejects an edit that names no version as invalid input', async () => {
      const project = aProject({ citations: [{ sourceId: 1 }] });
      const { id } = await first.records.create({ kind: 'project', data: project });
      const refused = await refusal(
        // @ts-expect-error: the version is required; a client that leaves it out is refused at run time too
        first.records.update({ kind: 'project', id, data: project }),
      );
      expect(refused.code).toBe('BAD_REQUEST');
    });
  },
  { seed: true },
);
