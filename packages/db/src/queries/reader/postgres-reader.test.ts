import { sql } from 'drizzle-orm';
import { expect, test } from 'vitest';
import { openPostgres } from '../../postgres/client';
import { describeWithPostgres } from '../../testing/with-postgres';
import { postgresReader } from './postgres-reader';

describeWithPostgres('the PostgreSQL reader', (server) => {
  test('two readers of one pool prepare their statements side by side on the same connection', async () => {
    // One connection, so both readers' statements meet on it, as two bundled copies of a module do in the app.
    const db = openPostgres(server().url(), { max: 1 });
    try {
      const [first, second] = [postgresReader(db), postgresReader(db)];
      expect(await first.all('one', () => sql`SELECT 1 AS n`)).toEqual([{ n: 1 }]);
      expect(await second.all('two', () => sql`SELECT 2 AS n`)).toEqual([{ n: 2 }]);
      expect(await first.arrays('one', () => sql`SELECT 1 AS n`)).toEqual([[1]]);
      expect(await second.all('one', () => sql`SELECT 1 AS n`)).toEqual([{ n: 1 }]);
    } finally {
      await db.$client.end();
    }
  });
});
