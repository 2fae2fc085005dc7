import { copyFileSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { seedDataFolder } from '../env';
import { seedOnce } from '../setup';
import { createTestDatabase } from '../testing';
import { writeAudit } from '../write/audit';
import { actualDateAfterItsSources } from './actual-dates';
import { seedDataset } from './seed';
import { readSeedFile } from './seed-files';
import { seedKeyOf } from './seed-keys';

const test = createTestDatabase();
afterAll(() => test.close());

const PLANS = [
  ['Kazakhstan Integrated Gas Chemical Complex (Polyethylene), Atyrau', '2029', /tass\.com/],
  ['Aktogay Copper Smelter', '2028', /finanzen\.at/],
] as const;

interface ProjectRow {
  id: number;
  completed_on: string | null;
  planned_completion_on: string | null;
  version: number;
}
const project = (name: string) =>
  test.db.$client
    .prepare(`SELECT id, completed_on, planned_completion_on, version FROM projects WHERE name = ?`)
    .get(name) as ProjectRow;

/** What a database seeded from the former projects row holds: the planned year as its completion. */
function asSeededWithTheFormerRow(name: string, was: string) {
  const { id } = project(name);
  const values = readSeedFile(seedDataFolder(), 'projects').find(
    (r) => r.values.name === name,
  )?.values;
  if (!values) throw new Error(`${name} is not in projects.csv`);
  test.db.$client.prepare(`UPDATE projects SET completed_on = ? WHERE id = ?`).run(was, id);
  test.db.$client
    .prepare(`UPDATE seed_rows SET key = ? WHERE key = ?`)
    .run(seedKeyOf('projects', { ...values, completion_date: was }), seedKeyOf('projects', values));
  return id;
}

describe('planned years the starter file held as completions', () => {
  it.each(PLANS)(
    '%s: no completion, and the plan (%s) reported with its source',
    (name, year, url) => {
      expect(project(name)).toMatchObject({ completed_on: null, planned_completion_on: year });
      const report = test.db.$client
        .prepare(
          `SELECT r.date, s.url FROM project_fact_reports r
          JOIN citations c ON c.record_kind = 'project-fact' AND c.record_id = r.id
          JOIN sources s ON s.id = c.source_id
          WHERE r.project_id = ? AND r.fact = 'planned-completion'`,
        )
        .all(project(name).id) as { date: string; url: string }[];
      expect(report).toEqual([{ date: year, url: expect.stringMatching(url) as string }]);
    },
  );

  it('are refused if a file gives one as a completion, naming file, line and column', () => {
    const folder = mkdtempSync(path.join(os.tmpdir(), 'tianshan-plannedseed-'));
    for (const f of readdirSync(seedDataFolder()))
      if (f.endsWith('.csv')) copyFileSync(path.join(seedDataFolder(), f), path.join(folder, f));
    const file = path.join(folder, 'projects.csv');
    writeFileSync(
      file,
      readFileSync(file, 'utf8').replace(
        ',2024-06,,,,,China to build',
        ',2024-06,2028,,,,China to build',
      ),
    );
    const fresh = createTestDatabase({ seed: false });
    try {
      expect(() => seedDataset(fresh.db, { folder })).toThrow(
        /^projects\.csv line 51, column completion_date: completion 2028 is still to come \(its source states no date\)/,
      );
    } finally {
      fresh.close();
    }
  });

  it('leave the completion column of a database seeded before, once, unless an editor set it', () => {
    const [[atyrau, atyrauYear], [smelter, smelterYear]] = PLANS;
    const atyrauId = asSeededWithTheFormerRow(atyrau, atyrauYear);
    const smelterId = asSeededWithTheFormerRow(smelter, smelterYear);
    // An editor confirmed the smelter's 2028 on the record.
    writeAudit(test.db, {
      actor: { userId: 'editor-1', label: 'editor@example.org' },
      action: 'update',
      recordKind: 'project',
      recordId: smelterId,
      before: { completedOn: null },
      after: { completedOn: smelterYear },
    });
    const projects = () => test.db.$client.prepare(`SELECT count(*) FROM projects`).pluck().get();
    const before = { count: projects(), version: project(atyrau).version };

    seedOnce(test.db);

    expect(projects()).toBe(before.count);
    expect(project(atyrau)).toMatchObject({ id: atyrauId, completed_on: null });
    expect(project(atyrau).version).toBe(before.version + 1);
    expect(project(smelter)).toMatchObject({ id: smelterId, completed_on: smelterYear });
    seedOnce(test.db);
    expect(project(atyrau).version).toBe(before.version + 1);
  });
});

describe('an actual completion checked against its sources', () => {
  const input = (completedOn: string, publishedOn: string | null) =>
    ({
      completedOn,
      citations: [{ newSource: { title: 'A page', publishedOn }, quote: null }],
    }) as unknown as Parameters<typeof actualDateAfterItsSources>[2];
  const check = (completedOn: string, publishedOn: string | null) =>
    actualDateAfterItsSources(test.db, 'project', input(completedOn, publishedOn), '2026-11-26');

  it('passes a completion the source could have seen, at the precision both were given', () => {
    expect(check('2025', '2025-03')).toBeNull();
    expect(check('2025-03-31', '2025-03')).toBeNull();
    expect(check('2030', null)).not.toBeNull();
    expect(check('2026', null)).toBeNull();
  });

  it('refuses one after its source, naming the column', () => {
    expect(check('2025-04', '2025-03-15')).toEqual({
      column: 'completion_date',
      message:
        "completion 2025-04 is after its source's date (2025-03-15): a planned date belongs in a planned-completion report",
    });
  });
});
