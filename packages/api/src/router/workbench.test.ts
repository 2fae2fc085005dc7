import { TRPCError } from '@trpc/server';
import { beforeAll, describe, expect, it } from 'vitest';
import { describeOnEachDatabase } from '@tianshan/db/testing/each-database';
import { LISTED_KINDS, listFieldsOf, type ListedKind } from '@tianshan/model';
import { callerAs, type Caller } from '../test-caller';

const TABLES: Record<ListedKind, string> = {
  source: 'sources',
  'trade-report': 'trade_reports',
  investment: 'investments',
  project: 'projects',
  'project-fact': 'project_fact_reports',
  milestone: 'milestones',
  event: 'events',
  indicator: 'indicators',
};
describeOnEachDatabase(
  'the workbench',
  (database) => {
    let admin: Caller;
    let editor: Caller;
    let viewer: Caller;
    beforeAll(async () => {
      admin = (await callerAs(database().db, 'admin')).caller;
      editor = (await callerAs(database().db, 'editor')).caller;
      viewer = (await callerAs(database().db, 'viewer')).caller;
    });
    const liveCount = (table: string) =>
      database().count(`SELECT count(*) FROM ${table} WHERE deleted_at IS NULL`);
    const list = (input: Parameters<Caller['workbench']['list']>[0]) =>
      editor.workbench.list(input);
    /** The first row a statement returns; the seed holds some of every kind. */
    async function first<T extends Record<string, unknown>>(text: string): Promise<T> {
      const [row] = await database().query<T>(text);
      if (!row) throw new Error(`no row: ${text}`);
      return row;
    }

    describe('the workbench list', () => {
      it.each(Object.keys(TABLES) as ListedKind[])(
        'lists live %s records a page at a time, with the kind’s listed fields',
        async (kind) => {
          const { rows, total } = await list({ kind, pageSize: 25 });
          expect(total).toBe(await liveCount(TABLES[kind]));
          expect(rows.length).toBe(Math.min(25, total));
          for (const field of listFieldsOf(LISTED_KINDS[kind]))
            expect(rows[0]).toHaveProperty(field);
        },
      );

      it('pages without overlap and sorts on the server', async () => {
        const all = await list({ kind: 'trade-report', sort: 'year', dir: 'asc', pageSize: 100 });
        const years = all.rows.map((r) => Number(r.year));
        expect(years).toEqual([...years].sort((a, b) => a - b));
        const first = await list({ kind: 'trade-report', sort: 'year', dir: 'asc', pageSize: 25 });
        const second = await list({
          kind: 'trade-report',
          sort: 'year',
          dir: 'asc',
          pageSize: 25,
          page: 2,
        });
        const ids = [...first.rows, ...second.rows].map((r) => r.id);
        expect(new Set(ids).size).toBe(ids.length);
        expect(ids).toEqual(all.rows.slice(0, 50).map((r) => r.id));
      });

      it('ignores an order on a field the kind does not offer, falling back to the id', async () => {
        const { rows } = await list({ kind: 'project', sort: 'description', dir: 'asc' });
        const ids = rows.map((r) => r.id);
        expect(ids).toEqual([...ids].sort((a, b) => a - b));
      });

      it('searches the kind’s searchable fields, wildcards taken literally', async () => {
        const project = await first<{ id: number; name: string }>(
          'SELECT id, name FROM projects WHERE deleted_at IS NULL ORDER BY id LIMIT 1',
        );
        const { rows } = await list({
          kind: 'project',
          search: project.name.slice(1, 8).toUpperCase(),
        });
        expect(rows.map((r) => r.id)).toContain(project.id);
        expect((await list({ kind: 'project', search: '%%%' })).total).toBe(0);
      });

      it('lists deleted records apart, and a delete carrying an old version is refused', async () => {
        const { rows } = await list({ kind: 'indicator', pageSize: 25 });
        const target = rows[0];
        if (!target) throw new Error('the seed has indicators');
        const stale = await admin.records
          .softDelete({ kind: 'indicator', id: target.id, version: target.version + 1 })
          .catch((e: unknown) => e);
        expect(stale).toBeInstanceOf(TRPCError);
        expect((stale as TRPCError).message).toMatch(/changed by someone else since you opened it/);

        await admin.records.softDelete({
          kind: 'indicator',
          id: target.id,
          version: target.version,
        });
        expect(
          (await list({ kind: 'indicator', pageSize: 100 })).rows.map((r) => r.id),
        ).not.toContain(target.id);
        const deleted = await list({ kind: 'indicator', deleted: true });
        const shown = deleted.rows.find((r) => r.id === target.id);
        expect(shown?.deletedAt).toBeTruthy();
        await admin.records.restore({ kind: 'indicator', id: target.id, version: shown?.version });
        expect(
          (await list({ kind: 'indicator', deleted: true })).rows.map((r) => r.id),
        ).not.toContain(target.id);
      });

      it('is for editors: a viewer is refused', async () => {
        await expect(viewer.workbench.list({ kind: 'project' })).rejects.toMatchObject({
          code: 'FORBIDDEN',
        });
        await expect(
          viewer.workbench.duplicates({ kind: 'project', name: 'x' }),
        ).rejects.toMatchObject({ code: 'FORBIDDEN' });
      });
    });

    describe('duplicates an add form warns about', () => {
      it('finds a trade figure by country, year, period, reporter and a shared flow', async () => {
        const report = await first<{
          id: number;
          scope: string;
          year: number;
          period: string;
          reporter: string;
          productCode: string | null;
        }>(
          `SELECT id, scope, year, period, reporter, product_code AS "productCode" FROM trade_reports
       WHERE deleted_at IS NULL AND total_usd IS NOT NULL ORDER BY id LIMIT 1`,
        );
        const same = await editor.workbench.duplicates({
          kind: 'trade-report',
          ...report,
          flows: ['totalUsd'],
        });
        expect(same.map((d) => d.id)).toContain(report.id);
        const otherYear = await editor.workbench.duplicates({
          kind: 'trade-report',
          ...report,
          year: 1991,
          flows: ['totalUsd'],
        });
        expect(otherYear.map((d) => d.id)).not.toContain(report.id);
      });

      it('finds a project by name whatever its case and spacing', async () => {
        const project = await first<{ id: number; name: string }>(
          'SELECT id, name FROM projects WHERE deleted_at IS NULL ORDER BY id LIMIT 1',
        );
        const typed = `  ${project.name.toUpperCase().replace(/ /g, '  ')} `;
        const found = await editor.workbench.duplicates({ kind: 'project', name: typed });
        expect(found).toEqual([{ id: project.id, label: project.name }]);
      });

      it('finds an investment figure by country, year and kind of figure', async () => {
        const figure = await first<{
          id: number;
          scope: string;
          year: number;
          metricKind: string;
          asOf: string;
        }>(
          `SELECT id, scope, year, metric_kind AS "metricKind", as_of AS "asOf" FROM investments
       WHERE deleted_at IS NULL ORDER BY id LIMIT 1`,
        );
        const found = await editor.workbench.duplicates({ kind: 'investment', ...figure });
        expect(found.map((d) => d.id)).toContain(figure.id);
      });
    });
  },
  { seed: true },
);
