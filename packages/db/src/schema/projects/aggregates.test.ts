import { writeCsvString } from '@tianshan/csv/write';
import { afterAll, describe, expect, it } from 'vitest';
import { milestoneExportQuery } from '../../exchange/reference-exports';
import { streamRows } from '../../exchange/stream-rows';
import { commitImport } from '../../import/commit';
import { previewImport } from '../../import/preview';
import { projectCounts, projectMapLocations } from '../../queries/projects';
import { timelineDensity } from '../../queries/timeline-density';
import {
  aMilestone,
  aProject,
  createMilestone,
  createProject,
  createTestDatabase,
} from '../../testing';
import { restoreRecord, softDeleteRecord, updateRecord } from '../../write/records';

/**
 * The aggregate tables are kept by triggers, whatever writes: after each kind of write they must hold
 * exactly what counting the live rows gives, and the reads that use them must answer as the live queries do.
 */
const t = createTestDatabase();
afterAll(() => t.close());
const db = t.db;
const editor = { actor: { userId: 'u-editor', label: 'editor@example.org' } };
const rows = <T>(sql: string) => db.$client.prepare(sql).all() as T[];

type Tally = { key: string; count: number };
type Cell = Tally & { lat: number; lon: number };

const live = {
  projects: () =>
    rows<Tally>(`SELECT status || '|' || sector AS key, count(*) AS count FROM projects
      WHERE deleted_at IS NULL GROUP BY status, sector ORDER BY key`),
  cells: () =>
    rows<Cell>(`SELECT round(lat) || '|' || round(lon) AS key, count(*) AS count,
        avg(lat) AS lat, avg(lon) AS lon
      FROM projects WHERE deleted_at IS NULL AND lat IS NOT NULL
      GROUP BY round(lat), round(lon) ORDER BY key`),
  milestones: () =>
    rows<Tally>(`SELECT CASE WHEN length(m.date) >= 7
          THEN substr(m.date, 1, 4) || '-Q' || ((CAST(substr(m.date, 6, 2) AS INTEGER) + 2) / 3)
          ELSE substr(m.date, 1, 4) END || '|' || m.kind AS key, count(*) AS count
      FROM milestones m JOIN projects p ON p.id = m.project_id
      WHERE m.deleted_at IS NULL AND p.deleted_at IS NULL GROUP BY 1 ORDER BY key`),
};

const kept = {
  projects: () =>
    rows<Tally>(`SELECT status || '|' || sector AS key, count FROM project_tallies
      WHERE count > 0 ORDER BY key`),
  cells: () =>
    rows<Cell>(`SELECT CAST(cell_lat AS REAL) || '|' || CAST(cell_lon AS REAL) AS key, count,
        lat_sum / count AS lat, lon_sum / count AS lon
      FROM project_map_cells WHERE count > 0 ORDER BY key`),
  milestones: () =>
    rows<Tally>(`SELECT period || '|' || kind AS key, count FROM milestone_period_counts
      WHERE count > 0 ORDER BY key`),
};

/** Positions are sums of floats kept by additions and subtractions: equal to a few ulps, not bit for bit. */
const roughly = (cells: Cell[]) =>
  cells.map((c) => ({ ...c, lat: Number(c.lat.toFixed(9)), lon: Number(c.lon.toFixed(9)) }));

function expectKeptAsCounted() {
  expect(kept.projects()).toEqual(live.projects());
  expect(roughly(kept.cells())).toEqual(roughly(live.cells()));
  expect(kept.milestones()).toEqual(live.milestones());
  // No tally ever goes below zero: a negative count would mean a write was subtracted twice.
  for (const table of ['project_tallies', 'project_map_cells', 'milestone_period_counts'])
    expect(rows<{ n: number }>(`SELECT count(*) AS n FROM ${table} WHERE count < 0`)).toEqual([
      { n: 0 },
    ]);
}

describe('aggregates kept by triggers', () => {
  it('hold the seeded data as counted, and the reads match the live queries', async () => {
    expectKeptAsCounted();
    // `from: '0000'` keeps every dated entry but forces the density through the live query.
    expect(await timelineDensity(db, {})).toEqual(await timelineDensity(db, { from: '0000' }));
    expect(await timelineDensity(db, { milestoneKinds: ['agreement'] })).toEqual(
      await timelineDensity(db, { milestoneKinds: ['agreement'], from: '0000' }),
    );
    const counts = await projectCounts(db, {});
    const total = counts.byStatus.reduce((sum, s) => sum + s.count, 0);
    expect(total).toBe(live.projects().reduce((sum, p) => sum + p.count, 0));
    expect((await projectMapLocations(db, {})).total).toBe(
      live.cells().reduce((sum, c) => sum + c.count, 0),
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
    const id = createProject(db, input, editor);
    expectKeptAsCounted();
    const moved = { ...input, status: 'operating' as const, sector: 'energy' as const, lat: 39.9 };
    await updateRecord(db, 'project', id, moved, editor);
    expectKeptAsCounted();
    await updateRecord(
      db,
      'project',
      id,
      { ...moved, lat: null, lon: null, locationBasis: null },
      editor,
    );
    expectKeptAsCounted();
    await softDeleteRecord(db, 'project', id, editor);
    expectKeptAsCounted();
    await restoreRecord(db, 'project', id, editor);
    expectKeptAsCounted();
  });

  it('follow a milestone created, redated, re-kinded, deleted and restored, and its project deleted', async () => {
    const projectId = createProject(db, {}, editor);
    const id = createMilestone(db, { projectId, date: '2024-05-10', kind: 'agreement' }, editor);
    createMilestone(db, { projectId, date: '2021', kind: 'operation' }, editor);
    expectKeptAsCounted();
    const input = aMilestone({ projectId, date: '2019-11', kind: 'construction-start' });
    await updateRecord(db, 'milestone', id, input, editor);
    expectKeptAsCounted();
    await softDeleteRecord(db, 'milestone', id, editor);
    expectKeptAsCounted();
    await restoreRecord(db, 'milestone', id, editor);
    expectKeptAsCounted();
    // The project's milestones leave the counts with it, and come back with it.
    await softDeleteRecord(db, 'project', projectId, editor);
    expectKeptAsCounted();
    await restoreRecord(db, 'project', projectId, editor);
    expectKeptAsCounted();
  });

  it('follow a CSV import that adds a milestone and redates another', async () => {
    const id = createMilestone(db, { date: '2023-03', kind: 'agreement' }, editor);
    const exported = writeCsvString(
      milestoneExportQuery(db).columns,
      streamRows(t.file, milestoneExportQuery(db)),
    );
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
    expectKeptAsCounted();
  });

  it('follow rows written straight to the tables, as the seed and the synthetic generator do', async () => {
    const client = db.$client;
    const projectId = Number(
      client
        .prepare(
          `INSERT INTO projects (name, sector, status, lat, lon, location_basis)
           VALUES ('Raw project', 'transport', 'announced', 43.25, 76.9, 'source')`,
        )
        .run().lastInsertRowid,
    );
    client
      .prepare(`INSERT INTO milestones (project_id, date, kind, description) VALUES (?, ?, ?, ?)`)
      .run(projectId, '2025-12-01', 'commissioning', 'Raw milestone');
    expectKeptAsCounted();
    client.prepare('DELETE FROM milestones WHERE project_id = ?').run(projectId);
    client.prepare('DELETE FROM projects WHERE id = ?').run(projectId);
    expectKeptAsCounted();
  });
});
