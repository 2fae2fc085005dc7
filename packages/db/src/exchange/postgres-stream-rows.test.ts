import { afterAll, beforeAll, expect, test } from 'vitest';
import { openPostgres, type PostgresDb } from '../postgres/client';
import { expectPoolReleased } from '../testing/pool-released';
import { describeWithPostgres } from '../testing/with-postgres';
import { streamPostgresRows, type PostgresRowsQuery } from './postgres-stream-rows';
import { ExportStalledError } from './released-when-idle';

const ROWS = 20_000;

/** Numbered rows made by the server, a row failing at `failAt` (a division by zero) when given. */
function numbered(failAt?: number): PostgresRowsQuery {
  return {
    text: failAt
      ? 'SELECT g, 1 / (g - $2) FROM generate_series(1, $1) g'
      : "SELECT g, 'row ' || g FROM generate_series(1, $1) g",
    values: failAt ? [ROWS, failAt] : [ROWS],
    columns: [{ name: 'n' }, { name: 'text' }],
  };
}

describeWithPostgres('streaming rows from PostgreSQL through a cursor', (server) => {
  let db: PostgresDb;
  beforeAll(async () => {
    db = openPostgres(await server().createDatabase('stream'), { max: 2 });
  });
  afterAll(() => db?.$client.end());

  test('every row arrives, in order, a batch at a time, and the connection goes back', async () => {
    let count = 0;
    for await (const row of streamPostgresRows(db.$client, numbered(), { fetchRows: 128 })) {
      count++;
      expect(row).toEqual({ n: count, text: `row ${count}` });
    }
    expect(count).toBe(ROWS);
    await expectPoolReleased(db);
  });

  test('a reader who goes away returns the connection', async () => {
    const rows = streamPostgresRows(db.$client, numbered(), { fetchRows: 128 });
    for (let i = 0; i < 300; i++) await rows.next();
    await rows.return(undefined);
    await expectPoolReleased(db);
  });

  test('a failing read throws and its connection is discarded, not reused', async () => {
    const rows = streamPostgresRows(db.$client, numbered(5_000), { fetchRows: 128 });
    let seen = 0;
    await expect(
      (async () => {
        for await (const _ of rows) seen++;
      })(),
    ).rejects.toThrow(/division by zero/);
    // Rows before the failing batch were handed over as they came: the read was streaming.
    expect(seen).toBeGreaterThan(4_000);
    await expectPoolReleased(db);
    expect((await db.$client.query('SELECT 1 AS one')).rows).toEqual([{ one: 1 }]);
  });

  test('a reader who stalls is let go after the idle limit, and told so when it comes back', async () => {
    let released = () => {};
    const letGo = new Promise<void>((resolve) => (released = resolve));
    const rows = streamPostgresRows(db.$client, numbered(), {
      fetchRows: 128,
      idleLimitMs: 50,
      onIdleRelease: () => released(),
    });
    expect((await rows.next()).value).toEqual({ n: 1, text: 'row 1' });
    await letGo;
    await expectPoolReleased(db);
    await expect(rows.next()).rejects.toBeInstanceOf(ExportStalledError);
  });

  test('two exports at once each read their own snapshot on their own connection', async () => {
    const a = streamPostgresRows(db.$client, numbered(), { fetchRows: 64 });
    const b = streamPostgresRows(db.$client, numbered(), { fetchRows: 64 });
    expect((await a.next()).value).toEqual({ n: 1, text: 'row 1' });
    expect((await b.next()).value).toEqual({ n: 1, text: 'row 1' });
    expect((await a.next()).value).toEqual({ n: 2, text: 'row 2' });
    await Promise.all([a.return(undefined), b.return(undefined)]);
    await expectPoolReleased(db);
  });
});
