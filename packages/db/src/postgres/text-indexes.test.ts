import { eq, sql } from 'drizzle-orm';
import { PgDialect } from 'drizzle-orm/pg-core';
import type { ProjectFilter } from '@tianshan/model';
import { afterAll, beforeAll, expect, test, vi } from 'vitest';
import { listProjects } from '../queries/projects';
import { postgresSql } from '../queries/reader/postgres-reader';
import { createTestDatabase, type TestDatabase } from '../testing';
import { describeWithPostgres } from '../testing/with-postgres';
import { openPostgres, type PostgresDb } from './client';
import { copyDatabase } from './copy/copy-database';

/**
 * Reads sort text in code point order (`COLLATE "C"`, Reader.byCodePoint), and a btree index serves an
 * order, or a comparison, only in its own collation: the project keys are declared in "C", so the lists read
 * their pages from them rather than sorting every project. Planned on a `db:copy` of the seeded database
 * made with English rules, with sorting (or a sequential scan) priced out, so the plan shows whether an
 * index CAN give the order, however few rows the seed has.
 */
interface Statement {
  text: string;
  values?: unknown[];
}

describeWithPostgres('PostgreSQL text indexes in code point order', (server) => {
  let seeded: TestDatabase;
  let db: PostgresDb;
  beforeAll(async () => {
    seeded = createTestDatabase({ seed: true });
    const url = await server().createDatabase('text_indexes', { icuLocale: 'en-US' });
    const copied = await copyDatabase({ from: seeded.file, to: url });
    if (!copied.committed) throw new Error('the seeded database did not copy over');
    db = openPostgres(url, { max: 1 });
  });
  afterAll(async () => {
    await db?.$client.end();
    seeded?.close();
  });

  /** The statement a read sends first, as the PostgreSQL reader sends it. */
  async function statementOf(read: (db: PostgresDb) => Promise<unknown>): Promise<Statement> {
    const sent = vi.spyOn(db.$client, 'query');
    try {
      await read(db);
      const [first] = sent.mock.calls[0] ?? [];
      if (typeof first !== 'object' || first === null || !('text' in first))
        throw new Error('the read sent no statement');
      return first;
    } finally {
      sent.mockRestore();
    }
  }

  async function plan(statement: Statement, avoid: 'sort' | 'seqscan'): Promise<string> {
    const client = await db.$client.connect();
    try {
      await client.query('BEGIN');
      await client.query(`SET LOCAL enable_${avoid} = off`);
      const { rows } = await client.query<{ 'QUERY PLAN': string }>({
        text: `EXPLAIN ${statement.text}`,
        values: statement.values,
      });
      return rows.map((r) => r['QUERY PLAN']).join('\n');
    } finally {
      await client.query('ROLLBACK');
      client.release();
    }
  }

  test.each<[string, ProjectFilter, RegExp]>([
    ['the projects list (by name)', {}, /Index Scan using projects_name_idx/],
    [
      'the projects list by name, last first',
      { sort: 'name', dir: 'desc' },
      /Index Scan Backward using projects_name_idx/,
    ],
    [
      'the projects list by start, newest first',
      { sort: 'start', dir: 'desc' },
      /Index Scan using projects_start_idx/,
    ],
  ])('%s reads its page in order from an index', async (_, filter, index) => {
    const planned = await plan(await statementOf((d) => listProjects(d, filter)), 'sort');
    console.log(planned);
    expect(planned).toMatch(index);
    expect(planned).not.toMatch(/Sort/);
  });

  test("a new project's name is looked up in the unique key", async () => {
    const { projects } = postgresSql.tables;
    const lookup = new PgDialect().sqlToQuery(
      sql`SELECT ${projects.id} FROM ${projects} WHERE ${eq(postgresSql.byCodePoint(projects.name), 'Kambarata-1 HPP')}`,
    );
    const planned = await plan({ text: lookup.sql, values: lookup.params }, 'seqscan');
    console.log(planned);
    expect(planned).toMatch(/Index (Only )?Scan using projects_name_idx/);
  });
});
