import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { Client } from 'pg';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Db } from '../../client';
import { accounts, sessions, signInThrottles, users } from '../../schema';
import { createTestDatabase, type TestDatabase } from '../../testing';
import { describeWithPostgres } from '../../testing/with-postgres';
import { copyDatabase, verifyCopy } from './copy-database';
import { CopyError } from './copy-error';
import { copyPlan } from './copy-plan';
import { formatReport, mismatchedTables } from './report';

/** Beyond 2^53: a float would round it, so it proves money stays exact on the way over. */
const HUGE_USD = 9_007_199_254_740_993n;
const SIGNED_UP = new Date('2026-03-04T05:06:07.089Z');

function addAccount(db: Db): void {
  db.insert(users)
    .values({
      id: 'u-copy',
      name: 'Copy Editor',
      email: 'copy@example.org',
      role: 'editor',
      createdAt: SIGNED_UP,
      updatedAt: SIGNED_UP,
    })
    .run();
  db.insert(accounts)
    .values({
      id: 'a-copy',
      accountId: 'u-copy',
      providerId: 'credential',
      userId: 'u-copy',
      password: 'hash',
      createdAt: SIGNED_UP,
      updatedAt: SIGNED_UP,
    })
    .run();
  db.insert(sessions)
    .values({
      id: 's-copy',
      token: 'token',
      userId: 'u-copy',
      expiresAt: SIGNED_UP,
      createdAt: SIGNED_UP,
      updatedAt: SIGNED_UP,
    })
    .run();
  db.insert(signInThrottles)
    .values({ key: 'account:copy@example.org', failures: 3, lockedUntil: 1, updatedAt: 2 })
    .run();
  db.$client
    .prepare(
      'UPDATE trade_reports SET total_usd = ? WHERE id = (SELECT MIN(id) FROM trade_reports)',
    )
    .run(HUGE_USD);
}

/** Count of every copied table in the SQLite file, read from the data, not assumed. */
function sqliteCounts(db: Db): Record<string, number> {
  return Object.fromEntries(
    copyPlan().tables.map(({ shape }) => [
      shape.name,
      db.$client.prepare(`SELECT COUNT(*) FROM "${shape.name}"`).pluck().get() as number,
    ]),
  );
}

async function query<T extends object>(url: string, text: string): Promise<T[]> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(text)).rows;
  } finally {
    await client.end();
  }
}

describeWithPostgres('db:copy into PostgreSQL', (server) => {
  let source: TestDatabase;
  let target = '';
  const scratch = mkdtempSync(path.join(os.tmpdir(), 'tianshan-copy-test-'));

  beforeAll(() => {
    source = createTestDatabase();
    addAccount(source.db);
  });
  afterAll(() => {
    source.close();
    rmSync(scratch, { recursive: true, force: true });
  });

  test('copies the seeded database, verifies every table and commits', async () => {
    target = await server().createDatabase('seeded');
    const outcome = await copyDatabase({ from: source.file, to: target });
    expect(outcome.committed).toBe(true);
    expect(mismatchedTables(outcome)).toEqual([]);
    const expected = sqliteCounts(source.db);
    expect(Object.fromEntries(outcome.checks.map((c) => [c.table, c.postgres.rows]))).toEqual(
      expected,
    );
    expect(expected.trade_reports).toBeGreaterThan(0);
    expect(formatReport(outcome)).toMatch(/^trade_reports\s+\d+\s+\d+\s+ok [0-9a-f]{12}$/m);

    const [user] = await query<{ created_at: Date }>(
      target,
      "SELECT created_at FROM users WHERE id = 'u-copy'",
    );
    expect(user?.created_at.toISOString()).toBe(SIGNED_UP.toISOString());
    const [money] = await query<{ usd: string }>(
      target,
      'SELECT total_usd::text AS usd FROM trade_reports ORDER BY id LIMIT 1',
    );
    expect(money?.usd).toBe(HUGE_USD.toString());
    const [left] = await query<{ n: string }>(target, 'SELECT COUNT(*) AS n FROM sessions');
    expect(left?.n).toBe('0');
  });

  test('continues every id sequence after the copied ids', async () => {
    const [added] = await query<{ id: number; max: number }>(
      target,
      "WITH added AS (INSERT INTO events (date, kind, description) VALUES ('2026', 'summit', 'after the copy') RETURNING id) " +
        'SELECT added.id, (SELECT MAX(id) FROM events WHERE id <> added.id) AS max FROM added',
    );
    expect(added?.id).toBe((added?.max ?? 0) + 1);
    await query(target, "DELETE FROM events WHERE description = 'after the copy'");
  });

  test('refuses a second copy into the same database and leaves it as it was', async () => {
    const before = await query<{ n: string }>(target, 'SELECT COUNT(*) AS n FROM sources');
    const second = copyDatabase({ from: source.file, to: target });
    await expect(second).rejects.toThrow(CopyError);
    await expect(second).rejects.toThrow(
      /already holds data .*db:copy only fills an empty database/,
    );
    expect(await query(target, 'SELECT COUNT(*) AS n FROM sources')).toEqual(before);
  });

  test('a row changed after the copy fails verification, naming its table only', async () => {
    expect(mismatchedTables(await verifyCopy({ from: source.file, to: target }))).toEqual([]);
    await query(
      target,
      "UPDATE indicators SET notes = 'edited on the copy' WHERE id = (SELECT MIN(id) FROM indicators)",
    );
    const outcome = await verifyCopy({ from: source.file, to: target });
    expect(mismatchedTables(outcome)).toEqual(['indicators']);
    expect(formatReport(outcome)).toMatch(/^indicators\s+(\d+)\s+\1\s+MISMATCH$/m);
  });

  test('a constraint violation half-way rolls everything back: the target stays empty', async () => {
    const broken = path.join(scratch, 'broken.db');
    await source.db.$client.backup(broken);
    const raw = new Database(broken);
    // Only a database that once ran without foreign keys can hold this; PostgreSQL refuses it mid-copy.
    raw.pragma('foreign_keys = OFF');
    raw
      .prepare(
        "INSERT INTO citations (source_id, record_kind, record_id) VALUES (987654321, 'event', 1)",
      )
      .run();
    raw.close();

    const empty = await server().createDatabase('broken');
    await expect(copyDatabase({ from: broken, to: empty })).rejects.toThrow(
      /^copying citations failed, nothing was copied: .*foreign key/,
    );
    const tables = await query(
      empty,
      "SELECT relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname IN ('public', 'drizzle')",
    );
    expect(tables).toEqual([]);
  });

  test('bad input is one line naming the problem', async () => {
    const notSqlite = path.join(scratch, 'notes.txt');
    writeFileSync(notSqlite, 'not a database');
    const foreign = path.join(scratch, 'foreign.db');
    const other = new Database(foreign);
    other.exec('CREATE TABLE things (id INTEGER PRIMARY KEY)');
    other.close();
    const cases: [Parameters<typeof copyDatabase>[0], RegExp][] = [
      [{ from: notSqlite, to: target }, /^cannot read .*notes\.txt as a SQLite database/],
      [{ from: foreign, to: target }, /foreign\.db is not a Tianshan database/],
      [
        { from: path.join(scratch, 'missing.db'), to: target },
        /^no SQLite database at .*missing\.db$/,
      ],
      [
        { from: source.file, to: 'mysql://root@localhost/tianshan' },
        /postgres:\/\/ or postgresql:\/\/ URL/,
      ],
      [
        { from: source.file, to: `postgres://tianshan@127.0.0.1:1/x` },
        /cannot connect .*connection refused/,
      ],
      [{ from: source.file, to: server().url('absent') }, /database "absent" does not exist/],
    ];
    for (const [params, message] of cases) {
      const error = await copyDatabase(params).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(CopyError);
      expect((error as Error).message).toMatch(message);
      expect((error as Error).message).not.toContain('\n');
    }
  });
});
