import { afterAll, beforeAll, describe } from 'vitest';
import { openDatabase, type Db } from '../client';
import { openPostgres } from '../postgres/client';
import { copyDatabase } from '../postgres/copy/copy-database';
import { openOwnedPostgres } from '../postgres/setup';
import type { Database } from '../queries/reader/reader';
import { createTestDatabase, type TestDatabase } from '../testing';
import { describeWithPostgres } from './with-postgres';

type Row = Record<string, unknown>;

/** One test database, of either dialect. */
export interface DialectTestDatabase {
  readonly dialect: 'SQLite' | 'PostgreSQL';
  readonly db: Database;
  /**
   * A seeded database's SQLite original, to compare reads with: on PostgreSQL the file it was copied
   * from, on SQLite the database itself; null when not seeded.
   */
  readonly source: Db | null;
  /** Raw SQL with `$1, $2 …` parameters; a Date is bound as the dialect stores instants. */
  readonly query: <T extends Row = Row>(text: string, params?: unknown[]) => Promise<T[]>;
  /** The first column of the first row, as a number (PostgreSQL's count(*) arrives as text). */
  readonly count: (text: string, params?: unknown[]) => Promise<number>;
  /** A second connection to the same database, as another server process would open it. */
  connect(): Promise<{ db: Database; close: () => Promise<void> }>;
  /** The environment that points a child process at this database (and only this one). */
  readonly env: NodeJS.ProcessEnv;
}

export interface EachDatabaseOptions {
  /** Start from the starter data (the seed) rather than empty tables. */
  seed?: boolean;
}

/**
 * The PostgreSQL run's database orders text by English rules (`a-b` after `ab`, case ignored at first),
 * as a plain `createdb` on most servers makes it, not by byte like SQLite: a read that orders text without
 * `Reader.byCodePoint` lists rows in another order there, and its comparison with SQLite fails.
 */
const ORDERED_BY_LANGUAGE = 'en-US';

/**
 * Runs `body` once on a fresh SQLite file and once on a fresh database of a throwaway PostgreSQL server.
 * A seeded PostgreSQL database is a `db:copy` of a seeded SQLite file, so both runs read the same rows.
 * The PostgreSQL run is skipped, with the reason in its title, only where the server's binaries are
 * missing (CI installs them).
 */
export function describeOnEachDatabase(
  name: string,
  body: (database: () => DialectTestDatabase) => void,
  options: EachDatabaseOptions = {},
): void {
  const seed = options.seed ?? false;
  describe(`${name} (SQLite)`, () => withDatabase(async () => sqliteDatabase(seed), body));
  describeWithPostgres(`${name} (PostgreSQL)`, (server) =>
    withDatabase(
      async () =>
        postgresDatabase(
          await server().createDatabase('tianshan', { icuLocale: ORDERED_BY_LANGUAGE }),
          seed,
        ),
      body,
    ),
  );
}

interface Opened {
  database: DialectTestDatabase;
  close: () => Promise<void>;
}

function withDatabase(
  open: () => Promise<Opened>,
  body: (database: () => DialectTestDatabase) => void,
): void {
  let opened: Opened | undefined;
  beforeAll(async () => {
    opened = await open();
  });
  afterAll(() => opened?.close());
  body(() => {
    if (!opened) throw new Error('the test database was not created');
    return opened.database;
  });
}

function firstNumber(rows: Row[]): number {
  return Number(Object.values(rows[0] ?? {})[0]);
}

function sqliteDatabase(seed: boolean): Opened {
  const test = createTestDatabase({ seed });
  const query = async <T extends Row>(text: string, params: unknown[] = []) => {
    const statement = test.db.$client.prepare(text.replace(/\$\d+/g, '?'));
    const values = params.map((p) => (p instanceof Date ? p.getTime() : p));
    if (statement.reader) return statement.all(...values) as T[];
    statement.run(...values);
    return [];
  };
  const database: DialectTestDatabase = {
    dialect: 'SQLite',
    db: test.db,
    source: seed ? test.db : null,
    query,
    count: async (text, params) => firstNumber(await query(text, params)),
    connect: async () => {
      const second = openDatabase(test.file);
      return { db: second, close: async () => void second.$client.close() };
    },
    env: { ...process.env, TIANSHAN_DB: test.file, DATABASE_URL: undefined },
  };
  return { database, close: async () => test.close() };
}

async function postgresDatabase(url: string, seed: boolean): Promise<Opened> {
  const source = seed ? await copySeeded(url) : null;
  const db = await openOwnedPostgres(url);
  const query = async <T extends Row>(text: string, params: unknown[] = []) =>
    (await db.$client.query<T>(text, params)).rows;
  const database: DialectTestDatabase = {
    dialect: 'PostgreSQL',
    db,
    source: source?.db ?? null,
    query,
    count: async (text, params) => firstNumber(await query(text, params)),
    connect: async () => {
      const second = openPostgres(url);
      return { db: second, close: () => second.$client.end() };
    },
    env: { ...process.env, DATABASE_URL: url },
  };
  return {
    database,
    close: async () => {
      source?.close();
      await db.$client.end();
    },
  };
}

/** Seeds a SQLite file and copies it over, as a user moving to PostgreSQL would; the file stays open. */
async function copySeeded(url: string): Promise<TestDatabase> {
  const source = createTestDatabase({ seed: true });
  try {
    const outcome = await copyDatabase({ from: source.file, to: url });
    if (!outcome.committed)
      throw new Error('copying the seeded database to PostgreSQL did not verify');
    return source;
  } catch (error) {
    source.close();
    throw error;
  }
}
