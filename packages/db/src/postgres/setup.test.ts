import { Client } from 'pg';
import { expect, test } from 'vitest';
import { describeWithPostgres } from '../testing/with-postgres';
import { ForeignPostgresError, openOwnedPostgres } from './setup';

async function sql(url: string, text: string): Promise<unknown[]> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<Record<string, unknown>>(text)).rows;
  } finally {
    await client.end();
  }
}

describeWithPostgres('openOwnedPostgres', (server) => {
  test('migrates an empty database and marks it ours; opening it again changes nothing', async () => {
    const url = await server().createDatabase('owned');
    const migrations = () => sql(url, 'SELECT hash FROM drizzle.__drizzle_migrations ORDER BY id');
    await (await openOwnedPostgres(url)).$client.end();
    const first = await migrations();
    expect(first.length).toBeGreaterThan(0);
    await (await openOwnedPostgres(url)).$client.end();
    expect(await migrations()).toEqual(first);
    expect(await sql(url, "SELECT value FROM meta WHERE key = 'created_by'")).toEqual([
      { value: 'tianshan' },
    ]);
  });

  test('lets several processes open a new database at once', async () => {
    const url = await server().createDatabase('raced');
    const opened = await Promise.all(Array.from({ length: 3 }, () => openOwnedPostgres(url)));
    await Promise.all(opened.map((db) => db.$client.end()));
    expect(await sql(url, "SELECT count(*)::int AS n FROM meta WHERE key = 'created_by'")).toEqual([
      { n: 1 },
    ]);
  });

  test("refuses, untouched, a database holding another application's tables", async () => {
    const url = await server().createDatabase('foreign');
    await sql(url, 'CREATE TABLE invoices (id int PRIMARY KEY)');
    await expect(openOwnedPostgres(url)).rejects.toThrow(ForeignPostgresError);
    expect(
      await sql(url, "SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY 1"),
    ).toEqual([{ tablename: 'invoices' }]);
  });
});
