import { Client } from 'pg';
import { expect, test } from 'vitest';
import { describeWithPostgres } from '../testing/with-postgres';
import { migrateInTransaction } from './migrate-in-transaction';
import { postgresShapes } from './schema-pairs';
import type { ColumnKind } from './table-shape';

/** The committed migrations must build exactly the schema the mirror declares (no forgotten generate). */

const kindOfType: Record<string, ColumnKind> = {
  text: 'text',
  int4: 'integer',
  int8: 'integer',
  bool: 'boolean',
  timestamptz: 'instant',
  float8: 'real',
};

describeWithPostgres('PostgreSQL migrations', (server) => {
  test('build every table, column and index of the schema mirror, and apply only once', async () => {
    const client = new Client({ connectionString: await server().createDatabase('migrations') });
    await client.connect();
    try {
      await client.query('BEGIN');
      expect(await migrateInTransaction(client)).toBeGreaterThan(0);
      await client.query('COMMIT');
      expect(await migrateInTransaction(client)).toBe(0);

      const columns = await client.query<{
        table: string;
        column: string;
        type: string;
        nullable: string;
      }>(
        `SELECT table_name AS table, column_name AS column, udt_name AS type, is_nullable AS nullable
           FROM information_schema.columns WHERE table_schema = 'public'
          ORDER BY table_name, ordinal_position`,
      );
      const built = columns.rows.map((c) => ({
        table: c.table,
        column: c.column,
        kind: kindOfType[c.type] ?? c.type,
        notNull: c.nullable === 'NO',
      }));
      const declared = postgresShapes()
        .sort((a, b) => (a.name < b.name ? -1 : 1))
        .flatMap((shape) =>
          shape.columns.map((c) => ({
            table: shape.name,
            column: c.name,
            kind: c.kind,
            notNull: c.notNull,
          })),
        );
      expect(built).toEqual(declared);

      const indexes = await client.query<{ name: string }>(
        "SELECT indexname AS name FROM pg_indexes WHERE schemaname = 'public'",
      );
      const builtIndexes = new Set(indexes.rows.map((i) => i.name));
      for (const shape of postgresShapes()) {
        for (const key of [...shape.indexes, ...shape.uniques])
          expect(builtIndexes).toContain(key.name);
      }
    } finally {
      await client.end();
    }
  });
});
