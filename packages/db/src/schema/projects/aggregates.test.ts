import { writeCsvString } from '@tianshan/csv/write';
import { sql } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { sqliteExportQuery } from '../../exchange/export-rows';
import { milestoneExport } from '../../exchange/reference-exports';
import { streamRows } from '../../exchange/stream-rows';
import { commitImport } from '../../import/commit';
import { previewImport } from '../../import/preview';
import { projectCounts, projectMapLocations } from '../../queries/projects';
import { readerOf } from '../../queries/reader/reader';
import { timelineDensity } from '../../queries/timeline-density';
import { aMilestone, aProject, createMilestone, createTestDatabase } from '../../testing';
import { describeOnEachDatabase } from '../../testing/each-database';
import { createRecord, restoreRecord, softDeleteRecord, updateRecord } from '../../write/records';

/**
 * The aggregate tables are kept by triggers, whatever writes: after each kind of write they must hold
 * exactly what counting the live rows gives, and the reads that use them must answer as the live queries do.
 */
const editor = { actor: { userId: 'u-editor', label: 'editor@example.org' } };
type Query = <T extends Record<string, unknown>>(sql: string) => Promise<T[]>;

type Tally = { key: string; count: number };
type Cell = Tally & { lat: number; lon: number };

// Cells by round() of a NUMERIC: SQLite rounds halves away from zero, and so does PostgreSQL's numeric
// round() (its double round() takes them to even). Counts cast, as PostgreSQL's count(*) is a bigint.
const live = {
  projects: `SELECT status || '|' || sector AS key, CAST(count(*) AS INTEGER) AS count FROM projects
      WHERE deleted_at IS NULL GROUP BY status, sector ORDER BY key`,
  cells: `SELECT round(CAST(lat AS NUMERIC)) || '|' || round(CAST(lon AS NUMERIC)) AS key,
        CAST(count(*) AS INTEGER) AS count, avg(lat) AS lat, avg(lon) AS lon
      FROM projects WHERE deleted_at IS NULL AND lat IS NOT NULL
      GROUP BY round(CAST(lat AS NUMERIC)), round(CAST(lon AS NUMERIC)) ORDER BY key`,
  milestones: `SELECT CASE WHEN length(m.date) >= 7
          THEN substr(m.date, 1, 4) || '-Q' || ((CAST(substr(m.date, 6, 2) AS INTEGER) + 2) / 3)
          ELSE substr(m.date, 1, 4) END || '|' || m.kind AS key, CAST(count(*) AS INTEGER) AS count
      FROM milestones m JOIN projects p ON p.id = m.project_id
      WHERE m.deleted_at IS NULL AND p.deleted_at IS NULL GROUP BY 1 ORDER BY key`,
};

const kept = {
  projects: `SELECT status || '|' || sector AS key, count FROM project_tallies
      WHERE count > 0 ORDER BY key`,
  cells: `SELECT CAST(cell_lat AS REAL) || '|' || CAST(cell_lon AS REAL) AS key, count,
        lat_sum / count AS lat, lon_sum / count AS lon
      FROM project_map_cells WHERE count > 0 ORDER BY key`,
  milestones: `SELECT period || '|' || kind AS key, count FROM milestone_period_counts
      WHERE count > 0 ORDER BY key`,
};

/** Positions are sums of floats kept by additions and subtractions: equal to a few ulps, not bit for bit. */
const roughly = (cells: Cell[]) =>
  cells.map((c) => ({ ...c, lat: Number(c.lat.toFixed(9)), lon: Number(c.lon.toFixed(9)) }));

async function expectKeptAsCounted(rows: Query) {
  expect(await rows<Tally>(kept.projects)).toEqual(await rows<Tally>(live.projects));
  expect(roughly(await rows<Cell>(kept.cells))).toEqual(roughly(await rows<Cell>(live.cells)));
  expect(await rows<Tally>(kept.milestones)).toEqual(await rows<Tally>(live.milestones));
  // No tally ever goes below zero: a negative count would mean a write was subtracted twice.
  for (const table of ['project_tallies', 'project_map_cells', 'milestone_period_counts'])
    expect(
      await rows(`SELECT CAST(count(*) AS INTEGER) AS n FROM ${table} WHERE count < 0`),
    ).toEqual([{ n: 0 }]);
}

describeOnEachDatabase(
  'aggregates kept by triggers',
  (database) => {
    const db = () => database().db;
    const rows: Query = (sql) => database().query(sql);
    const expectKept = () => expectKeptAsCounted(rows);

    it('hold the seeded data as counted, and the reads match the live queries', async () => {
      await expectKept();
      const counts = await projectCounts(db(), {});
      const total = counts.byStatus.reduce((sum, s) => sum + s.count, 0);
      const liveProjects = await rows<Tally>(live.projects);
      expect(total).toBe(liveProjects.reduce((sum, p) => sum + p.count, 0));
      expect((await projectMapLocations(db(), {})).total).toBe(
        (await rows<Cell>(live.cells)).reduce((sum, c) => sum + c.count, 0),
      );
    });

    it('follow a project created, edited (status, sector, place), deleted and restored', async () => {
      const input = aProject({
        status: 'announced',
        sector: 'mining',
        lat: 41.2,
        lon: 74.6,
        locationBasis: 'approximate-city',
      });
      const id = await createRecord(db(), 'project', input, editor);
      await expectKept();
      const moved = {
        ...input,
        status: 'operating' as const,
        sector: 'energy' as const,
        lat: 39.5,
      };
      await updateRecord(db(), 'project', id, moved, editor);
      await expectKept();
      await updateRecord(
        db(),
        'project',
        id,
        { ...moved, lat: null, lon: null, locationBasis: null },
        editor,
      );
      await expectKept();
      await softDeleteRecord(db(), 'project', id, editor);
      await expectKept();
      await restoreRecord(db(), 'project', id, editor);
      await expectKept();
    });

    it('put a project a hair below half a degree in the cell SQLite rounds it to, as the filtered map does', async () => {
      // 41.49999999999999 + 0.5 truncates to 41 in doubles, as SQLite's round() computes; its 15-digit
      // decimal is 41.5, which PostgreSQL's round() of a numeric took to 42.
      const input = aProject({
        lat: 41.49999999999999,
        lon: 74.49999999999999,
        locationBasis: 'approximate-city',
      });
      const cellCount = async (lat: number, lon: number) =>
        Number(
          (
            await rows<{ count: number }>(
              `SELECT count FROM project_map_cells WHERE cell_lat = ${lat} AND cell_lon = ${lon}`,
            )
          )[0]?.count ?? 0,
        );
      const [below, above] = [await cellCount(41, 74), await cellCount(42, 75)];
      const id = await createRecord(db(), 'project', input, editor);
      expect([await cellCount(41, 74), await cellCount(42, 75)]).toEqual([below + 1, above]);
      const reader = readerOf(db());
      const { projects: p } = reader.tables;
      const grouped = await reader.all(
        'map cell of a project',
        () =>
          sql`SELECT ${reader.nearestWhole(p.lat)} AS lat, ${reader.nearestWhole(p.lon)} AS lon FROM ${p} WHERE ${p.id} = ${sql.placeholder('id')}`,
        { id },
      );
      expect(grouped).toEqual([{ lat: 41, lon: 74 }]);
      await softDeleteRecord(db(), 'project', id, editor);
      expect([await cellCount(41, 74), await cellCount(42, 75)]).toEqual([below, above]);
    });

    it('follow a milestone created, redated, re-kinded, deleted and restored, and its project deleted', async () => {
      const projectId = await createRecord(db(), 'project', aProject(), editor);
      const milestone = (date: string, kind: 'agreement' | 'operation') =>
        createRecord(db(), 'milestone', aMilestone({ projectId, date, kind }), editor);
      const id = await milestone('2024-05-10', 'agreement');
      await milestone('2021', 'operation');
      await expectKept();
      const input = aMilestone({ projectId, date: '2019-11', kind: 'construction-start' });
      await updateRecord(db(), 'milestone', id, input, editor);
      await expectKept();
      await softDeleteRecord(db(), 'milestone', id, editor);
      await expectKept();
      await restoreRecord(db(), 'milestone', id, editor);
      await expectKept();
      // The project's milestones leave the counts with it, and come back with it.
      await softDeleteRecord(db(), 'project', projectId, editor);
      await expectKept();
      await restoreRecord(db(), 'project', projectId, editor);
      await expectKept();
    });

    it('follow rows written straight to the tables, as the seed and the synthetic generator do', async () => {
      const [project] = await database().query<{ id: number }>(
        `INSERT INTO projects (name, sector, status, lat, lon, location_basis)
         VALUES ('Raw project', 'transport', 'announced', 43.25, 76.5, 'source') RETURNING id`,
      );
      const projectId = Number(project?.id);
      await database().query(
        'INSERT INTO milestones (project_id, date, kind, description) VALUES ($1, $2, $3, $4)',
        [projectId, '2025-12-01', 'commissioning', 'Raw milestone'],
      );
      await expectKept();
      await database().query('DELETE FROM milestones WHERE project_id = $1', [projectId]);
      await database().query('DELETE FROM projects WHERE id = $1', [projectId]);
      await expectKept();
    });
  },
  { seed: true },
);

describe('aggregates kept by triggers (SQLite: the import and the timeline)', () => {
  const t = createTestDatabase();
  afterAll(() => t.close());
  const db = t.db;
  const rows: Query = async <T extends Record<string, unknown>>(sql: string) =>
    db.$client.prepare(sql).all() as T[];

  it('answer the timeline as the live query does', async () => {
    // `from: '0000'` keeps every dated entry but forces the density through the live query.
    expect(await timelineDensity(db, {})).toEqual(await timelineDensity(db, { from: '0000' }));
    expect(await timelineDensity(db, { milestoneKinds: ['agreement'] })).toEqual(
      await timelineDensity(db, { milestoneKinds: ['agreement'], from: '0000' }),
    );
  });

  it('follow a CSV import that adds a milestone and redates another', async () => {
    const id = createMilestone(db, { date: '2023-03', kind: 'agreement' }, editor);
    const milestones = sqliteExportQuery(milestoneExport());
    const exported = writeCsvString(milestones.columns, streamRows(t.file, milestones));
    const [header, ...lines] = exported.trimEnd().split('\n');
    const line = lines.find((l) => l.startsWith(`${id},`));
    if (!header || !line) throw new Error(`milestone ${id} is not in the export`);
    const redated = line.replace(',2023-03,', ',2018-08,');
    const added = redated.replace(`${id},`, ',').replace('Test milestone', 'Imported milestone');
    const preview = await previewImport(db, 'milestone', 'milestones.csv', [
      Buffer.from(`${header}\n${redated}\n${added}\n`, 'utf8'),
    ]);
    expect(preview.errors).toEqual([]);
    expect(preview.counts).toMatchObject({ additions: 1, changes: 1, invalid: 0 });
    expect(commitImport(db, preview.importId ?? '', editor.actor)).toMatchObject({
      created: 1,
      updated: 1,
    });
    await expectKeptAsCounted(rows);
  });
});
