import { ZodError } from 'zod';
import { expect, it } from 'vitest';
import { listProjects } from '../queries/projects';
import { preferredTradeFigures } from '../queries/trade';
import { describeOnEachDatabase } from '../testing/each-database';
import {
  InvalidReferenceError,
  RecordConflictError,
  RecordNotFoundError,
  StaleEditError,
} from './errors';
import {
  createRecord,
  readSnapshot,
  restoreRecord,
  setPreferredTrade,
  softDeleteRecord,
  updateRecord,
} from './records';
import { createSource, restoreSource, softDeleteSource, updateSource } from './source-records';

const actor = { userId: 'u-1', label: 'editor@example.org' };
const newSource = {
  title: 'Kyrgyz customs bulletin',
  url: 'https://stat.example.kg/bulletin',
  publishedOn: '2026-02',
};

interface Entry extends Record<string, unknown> {
  action: string;
  userId: string | null;
  reason: string | null;
  at: string;
  before: string | null;
  after: string | null;
}

describeOnEachDatabase(
  'the write path',
  (database) => {
    const db = () => database().db;
    const count = (sql: string, ...p: unknown[]) => database().count(sql, p);
    /** The record's audit entries, newest first (the history read runs on SQLite only so far). */
    const history = (kind: string, id: number) =>
      database().query<Entry>(
        'SELECT action, user_id AS "userId", reason, at, before, after FROM audit_log WHERE record_kind = $1 AND record_id = $2 ORDER BY id DESC',
        [kind, String(id)],
      );

    it('audits a new record exactly as it reads back from the database', async () => {
      const probeSource = { title: 'Snapshot probe source', url: 'https://example.org/probe' };
      const projectId = await createRecord(
        db(),
        'project',
        {
          name: 'Audit snapshot probe',
          countries: ['UZ', 'KG'],
          sector: 'energy',
          status: 'announced',
          citations: [
            { newSource: { title: 'Second source', url: 'https://example.org/second' } },
            { newSource: probeSource },
          ],
        },
        { actor },
      );
      const milestoneId = await createRecord(
        db(),
        'milestone',
        {
          projectId,
          date: '2026-03',
          kind: 'agreement',
          description: 'Signed',
          citations: [{ newSource: probeSource }],
        },
        { actor },
      );
      for (const [kind, id] of [
        ['project', projectId],
        ['milestone', milestoneId],
      ] as const) {
        const [entry] = await history(kind, id);
        expect(JSON.parse(entry?.after ?? 'null')).toEqual(await readSnapshot(db(), kind, id));
      }
    });

    it('creates a record with a new inline source, its citation and an audit entry, together', async () => {
      const before = {
        sources: await count('SELECT count(*) FROM sources'),
        audit: await count('SELECT count(*) FROM audit_log'),
      };
      const id = await createRecord(
        db(),
        'trade-report',
        {
          scope: 'KG',
          year: 2026,
          period: 'Jan-Feb',
          reporter: 'KG',
          totalUsd: 900_000_000,
          citations: [{ newSource }],
        },
        { actor, reason: 'new bulletin' },
      );
      expect(await count('SELECT count(*) FROM sources')).toBe(before.sources + 1);
      expect(
        await count(
          `SELECT count(*) FROM citations WHERE record_kind = 'trade-report' AND record_id = $1`,
          id,
        ),
      ).toBe(1);
      const [entry] = await history('trade-report', id);
      expect(entry).toMatchObject({ action: 'create', userId: 'u-1', reason: 'new bulletin' });
      expect(entry?.at).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
      expect(JSON.parse(entry?.after ?? '{}')).toMatchObject({
        totalUsd: 900_000_000,
        periodKind: 'ytd',
        periodEndMonth: 2,
      });
      expect(await count('SELECT count(*) FROM audit_log')).toBe(before.audit + 1);
    });

    it('refuses a record without a source and writes nothing', async () => {
      const before =
        (await count('SELECT count(*) FROM trade_reports')) +
        (await count('SELECT count(*) FROM audit_log'));
      await expect(
        createRecord(
          db(),
          'trade-report',
          { scope: 'KG', year: 2026, period: 'FY', reporter: 'KG', totalUsd: 1, citations: [] },
          { actor },
        ),
      ).rejects.toThrow(ZodError);
      expect(
        (await count('SELECT count(*) FROM trade_reports')) +
          (await count('SELECT count(*) FROM audit_log')),
      ).toBe(before);
    });

    it('leaves nothing behind when a write fails half-way (a citation to a missing source)', async () => {
      // A source of its own, so its creation is part of this write (findOrCreate would reuse an old one).
      const halfWaySource = {
        title: 'Half-way source',
        url: 'https://example.org/half-way-source',
        publishedOn: '2026-03',
      };
      const tables = ['projects', 'project_countries', 'sources', 'citations', 'audit_log'];
      const counts = () =>
        Promise.all(tables.map(async (t) => [t, await count(`SELECT count(*) FROM ${t}`)]));
      const before = await counts();
      const attempt = () =>
        createRecord(
          db(),
          'project',
          {
            name: 'Half-written plant',
            countries: ['TJ'],
            sector: 'energy',
            status: 'announced',
            // The new source is created before the missing one is found.
            citations: [{ newSource: halfWaySource }, { sourceId: 987_654 }],
          },
          { actor },
        );
      await expect(attempt()).rejects.toThrow(InvalidReferenceError);
      expect(await counts()).toEqual(before);
      expect(await count('SELECT count(*) FROM sources WHERE url = $1', halfWaySource.url)).toBe(0);
      expect(await count("SELECT count(*) FROM projects WHERE name = 'Half-written plant'")).toBe(
        0,
      );
    });

    it('rejects a completion before the start on the completion field', async () => {
      try {
        await createRecord(
          db(),
          'project',
          {
            name: 'Backwards',
            countries: ['UZ'],
            sector: 'energy',
            status: 'completed',
            startedOn: '2024-06',
            completedOn: '2023',
            citations: [{ newSource }],
          },
          { actor },
        );
        expect.unreachable();
      } catch (error) {
        expect((error as ZodError).issues.map((i) => [i.path.join('.'), i.message])).toEqual([
          ['completedOn', 'cannot be before the start'],
        ]);
      }
    });

    it('updates with before and after in the history, and refuses duplicate project names', async () => {
      const announced: Parameters<typeof createRecord<'project'>>[2] = {
        name: 'Osh solar',
        countries: ['KG'],
        sector: 'energy',
        status: 'announced',
        citations: [{ newSource }],
      };
      const id = await createRecord(db(), 'project', announced, { actor });
      await updateRecord(
        db(),
        'project',
        id,
        {
          name: 'Osh solar',
          countries: ['KG', 'UZ'],
          sector: 'energy',
          status: 'under-construction',
          startedOn: '2026-03',
          citations: [{ newSource }],
        },
        { actor, reason: 'groundbreaking' },
      );
      const [update] = await history('project', id);
      expect(JSON.parse(update?.before ?? '{}')).toMatchObject({
        status: 'announced',
        countries: ['KG'],
      });
      expect(JSON.parse(update?.after ?? '{}')).toMatchObject({
        status: 'under-construction',
        countries: ['KG', 'UZ'],
        startedOn: '2026-03',
      });
      await expect(createRecord(db(), 'project', announced, { actor })).rejects.toThrow(
        RecordConflictError,
      );
    });

    it('soft-deletes out of every list and restores back, with both steps audited', async () => {
      const id = await createRecord(
        db(),
        'project',
        {
          name: 'Temporary depot',
          countries: ['TM'],
          sector: 'logistics',
          status: 'announced',
          citations: [{ newSource }],
        },
        { actor },
      );
      await softDeleteRecord(db(), 'project', id, { actor, reason: 'duplicate' });
      expect(await listProjects(db(), { search: 'Temporary depot' })).toHaveLength(0);
      await expect(softDeleteRecord(db(), 'project', id, { actor })).rejects.toThrow(
        RecordNotFoundError,
      );
      await restoreRecord(db(), 'project', id, { actor });
      expect(await listProjects(db(), { search: 'Temporary depot' })).toHaveLength(1);
      expect((await history('project', id)).map((h) => h.action)).toEqual([
        'restore',
        'delete',
        'create',
      ]);
    });

    it('lets an editor choose the preferred figure among several reports', async () => {
      const filter = {
        countries: ['KZ' as const],
        yearFrom: 2024,
        yearTo: 2024,
        reporters: ['CN' as const],
        periodKinds: ['year' as const],
      };
      const [auto] = await preferredTradeFigures(db(), filter);
      expect(auto?.totalUsd).toBe(43_820_000_000);
      const bound = auto?.alternatives[0];
      await setPreferredTrade(db(), bound?.id ?? -1, true, {
        actor,
        reason: 'newspaper figure is the one quoted',
      });
      const [chosen] = await preferredTradeFigures(db(), filter);
      expect(chosen?.totalUsd).toBe(44_000_000_000);
      expect(chosen?.preferredBecause).toBe('admin-choice');
      expect((await history('trade-report', bound?.id ?? -1))[0]?.action).toBe('prefer');
    });

    it('refuses to delete a source that figures still cite', async () => {
      const [cited] = await database().query<{ sourceId: number }>(
        'SELECT source_id AS "sourceId" FROM citations ORDER BY id LIMIT 1',
      );
      await expect(softDeleteSource(db(), cited?.sourceId ?? -1, { actor })).rejects.toThrow(
        /still cited/,
      );
    });

    it('creates, edits, deletes and restores a source, each step audited, refusing a stale edit', async () => {
      const id = await createSource(db(), { title: 'A source of its own' }, { actor });
      await updateSource(
        db(),
        id,
        { title: 'Renamed', notes: 'checked' },
        { actor, expectedVersion: 1 },
      );
      await expect(
        updateSource(db(), id, { title: 'Stale' }, { actor, expectedVersion: 1 }),
      ).rejects.toThrow(StaleEditError);
      await softDeleteSource(db(), id, { actor, expectedVersion: 2 });
      await restoreSource(db(), id, { actor });
      const entries = await history('source', id);
      expect(entries.map((e) => e.action)).toEqual(['restore', 'delete', 'update', 'create']);
      expect(JSON.parse(entries[2]?.after ?? '{}')).toMatchObject({ title: 'Renamed', version: 2 });
      expect(JSON.parse(entries[0]?.after ?? '{}')).toMatchObject({ deletedAt: null, version: 4 });
    });

    it('refuses a milestone for a project that does not exist', async () => {
      await expect(
        createRecord(
          db(),
          'milestone',
          {
            projectId: 999_999,
            date: '2025',
            kind: 'other',
            description: 'x',
            citations: [{ newSource }],
          },
          { actor },
        ),
      ).rejects.toThrow(InvalidReferenceError);
    });
  },
  { seed: true },
);
