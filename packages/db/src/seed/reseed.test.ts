import { afterEach, describe, expect, it } from 'vitest';
import type { Db } from '../client';
import { seedDataFolder } from '../env';
import { rowInput } from '../import/row-input';
import { seedOnce } from '../setup';
import { createTestDatabase, type TestDatabase } from '../testing';
import type { Actor } from '../write/audit';
import type { CitedKindName } from '../write/record-kinds';
import { updateRecord } from '../write/records';
import {
  readSeedFile,
  SEED_RECORD_FILES,
  STARTER_RECORD_FILES,
  type RecordFile,
} from './seed-files';
import { seedKeyOf } from './seed-keys';
import { seededTableDigests } from './seeded-tables';

const EDITOR: Actor = { userId: 'editor-1', label: 'editor@example.org' };
const folder = seedDataFolder();
const opened: TestDatabase[] = [];
afterEach(() => {
  for (const t of opened.splice(0)) t.close();
});

function seededWith(files: readonly RecordFile[]): Db {
  const test = createTestDatabase({ seed: false });
  opened.push(test);
  seedOnce(test.db, { files });
  return test.db;
}

const fileRow = (file: string, index: number) => {
  const row = readSeedFile(folder, file)[index];
  if (!row) throw new Error(`${file} has no row ${index}`);
  return row.values;
};

const recordOf = (db: Db, file: string, values: Record<string, string>) =>
  db.$client
    .prepare(`SELECT record_id FROM seed_rows WHERE key = ?`)
    .pluck()
    .get(seedKeyOf(file, values)) as number;

/** An editor's change, made through the write layer as the admin form makes it. */
async function edit(db: Db, kind: CitedKindName, id: number, values: Record<string, string>) {
  const mapped = rowInput(db, kind, values);
  if (!mapped.ok) throw new Error(JSON.stringify(mapped.errors));
  await updateRecord(db, kind, id, mapped.input, { actor: EDITOR });
}

const count = (db: Db, table: string) =>
  db.$client.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number;
const rowsOf = (kind: CitedKindName) =>
  SEED_RECORD_FILES.filter((f) => f.kind === kind).reduce(
    (n, { file }) => n + readSeedFile(folder, file).length,
    0,
  );

function expectEveryRowOnce(db: Db) {
  expect(count(db, 'trade_reports')).toBe(rowsOf('trade-report'));
  expect(count(db, 'investments')).toBe(rowsOf('investment'));
  expect(count(db, 'projects')).toBe(rowsOf('project'));
  expect(count(db, 'milestones')).toBe(rowsOf('milestone'));
  expect(count(db, 'events')).toBe(rowsOf('event'));
  expect(count(db, 'indicators')).toBe(rowsOf('indicator'));
}

function expectSecondReseedChangesNothing(db: Db) {
  const digests = seededTableDigests(db);
  const audit = count(db, 'audit_log');
  expect(seedOnce(db)).toEqual({ seeded: false });
  expect(seededTableDigests(db)).toEqual(digests);
  expect(count(db, 'audit_log')).toBe(audit);
}

// Each test seeds a database twice or three times: seconds on a busy machine.
describe('seeding an existing database again', { timeout: 120_000 }, () => {
  it('adds the later files to a database seeded before seed rows were recorded, keeping edits', async () => {
    const db = seededWith(STARTER_RECORD_FILES);
    // A database from before seed rows existed: the starter set and its audit entries, nothing else.
    db.$client.exec('DELETE FROM seed_rows');
    const starterRow = fileRow('trade', 0);
    const id = db.$client
      .prepare(
        `SELECT min(CAST(record_id AS INTEGER)) FROM audit_log WHERE record_kind = 'trade-report'`,
      )
      .pluck()
      .get() as number;
    await edit(db, 'trade-report', id, {
      ...starterRow,
      total_usd: '1',
      notes: 'corrected by an editor',
    });

    const result = seedOnce(db);
    expect(result.seeded).toBe(true);
    expectEveryRowOnce(db);
    expect(recordOf(db, 'trade', starterRow)).toBe(id);
    expect(
      db.$client.prepare(`SELECT total_usd, notes FROM trade_reports WHERE id = ?`).get(id),
    ).toEqual({ total_usd: 1, notes: 'corrected by an editor' });
    // The additions are the seed's; the editor's change is the only other entry.
    expect(
      db.$client
        .prepare(
          `SELECT actor_label, action, count(*) AS n FROM audit_log WHERE action != 'seed' GROUP BY 1, 2 ORDER BY 1, 2`,
        )
        .all(),
    ).toEqual([
      { actor_label: EDITOR.label, action: 'update', n: 1 },
      {
        actor_label: 'seed (starter dataset)',
        action: 'create',
        n: SEED_RECORD_FILES.reduce((n, f) => n + readSeedFile(folder, f.file).length, 0),
      },
    ]);
    expectSecondReseedChangesNothing(db);
  });

  it('never overwrites or duplicates an edited addition, and follows a renamed seeded project', async () => {
    const db = seededWith([
      ...STARTER_RECORD_FILES,
      ...SEED_RECORD_FILES.filter((f) => f.file === 'trade-2026' || f.file === 'projects-2026'),
    ]);
    const tradeRow = fileRow('trade-2026', 0);
    const tradeId = recordOf(db, 'trade-2026', tradeRow);
    await edit(db, 'trade-report', tradeId, { ...tradeRow, total_usd: '2', quote: 'edited quote' });

    // A project whose milestones are not loaded yet, renamed by an editor.
    const milestoneProjects = new Set(
      readSeedFile(folder, 'milestones-2026').map((r) => r.values.project_name),
    );
    const project = readSeedFile(folder, 'projects-2026').find((r) =>
      milestoneProjects.has(r.values.name),
    );
    if (!project) throw new Error('no new project has new milestones');
    const projectId = recordOf(db, 'projects-2026', project.values);
    await edit(db, 'project', projectId, { ...project.values, name: 'Renamed by an editor' });

    seedOnce(db);
    expectEveryRowOnce(db);
    expect(
      db.$client
        .prepare(
          `SELECT t.total_usd, c.quote FROM trade_reports t JOIN citations c ON c.record_kind = 'trade-report' AND c.record_id = t.id WHERE t.id = ?`,
        )
        .get(tradeId),
    ).toEqual({ total_usd: 2, quote: 'edited quote' });
    expect(
      db.$client
        .prepare(`SELECT count(*) FROM milestones WHERE project_id = ?`)
        .pluck()
        .get(projectId),
    ).toBe(
      readSeedFile(folder, 'milestones-2026').filter(
        (r) => r.values.project_name === project.values.name,
      ).length,
    );
    expect(
      db.$client.prepare(`SELECT name FROM projects WHERE id = ?`).pluck().get(projectId),
    ).toBe('Renamed by an editor');
    expectSecondReseedChangesNothing(db);
  });
});
