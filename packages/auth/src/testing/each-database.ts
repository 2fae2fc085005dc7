import { afterAll, beforeAll, describe } from 'vitest';
import { openDatabase } from '@tianshan/db/client';
import { openPostgres } from '@tianshan/db/postgres/client';
import { openOwnedPostgres } from '@tianshan/db/postgres/setup';
import { describeWithPostgres } from '@tianshan/db/postgres/testing';
import { createTestDatabase } from '@tianshan/db/testing';
import type { AuthDatabase } from '../auth-database';

type Row = Record<string, unknown>;

/** One test database, of either dialect, as the auth tests need it. */
export interface AuthTestDatabase {
  readonly dialect: 'SQLite' | 'PostgreSQL';
  readonly db: AuthDatabase;
  /** Raw SQL with `$1, $2 …` parameters; a Date is bound as the dialect stores instants. */
  query<T extends Row = Row>(text: string, params?: unknown[]): Promise<T[]>;
  /** The first column of the first row, as a number (PostgreSQL's count(*) arrives as text). */
  count(text: string, params?: unknown[]): Promise<number>;
  /** A second connection to the same database, as another server process would open it. */
  connect(): Promise<{ db: AuthDatabase; close: () => Promise<void> }>;
  /** The environment that points a child process at this database (and only this one). */
  readonly env: NodeJS.ProcessEnv;
}

/**
 * Runs `body` once on a fresh SQLite file and once on a fresh database of a throwaway PostgreSQL server.
 * The PostgreSQL run is skipped, with the reason in its title, only where the server's binaries are
 * missing (CI installs them).
 */
export function describeOnEachDatabase(
  name: string,
  body: (database: () => AuthTestDatabase) => void,
): void {
  describe(`${name} (SQLite)`, () => withDatabase(async () => sqliteDatabase(), body));
  describeWithPostgres(`${name} (PostgreSQL)`, (server) =>
    withDatabase(async () => postgresDatabase(await server().createDatabase('auth')), body),
  );
}

interface Opened {
  database: AuthTestDatabase;
  close: () => Promise<void>;
}

function withDatabase(
  open: () => Promise<Opened>,
  body: (database: () => AuthTestDatabase) => void,
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

function sqliteDatabase(): Opened {
  const test = createTestDatabase({ seed: false });
  const query = async <T extends Row>(text: string, params: unknown[] = []) => {
    const statement = test.db.$client.prepare(text.replace(/\$\d+/g, '?'));
    const values = params.map((p) => (p instanceof Date ? p.getTime() : p));
    if (statement.reader) return statement.all(...values) as T[];
    statement.run(...values);
    return [];
  };
  const database: AuthTestDatabase = {
    dialect: 'SQLite',
    db: test.db,
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

async function postgresDatabase(url: string): Promise<Opened> {
  const db = await openOwnedPostgres(url);
  const query = async <T extends Row>(text: string, params: unknown[] = []) =>
    (await db.$client.query<T>(text, params)).rows;
  const database: AuthTestDatabase = {
    dialect: 'PostgreSQL',
    db,
    query,
    count: async (text, params) => firstNumber(await query(text, params)),
    connect: async () => {
      const second = openPostgres(url);
      return { db: second, close: () => second.$client.end() };
    },
    env: { ...process.env, DATABASE_URL: url },
  };
  return { database, close: () => db.$client.end() };
}
