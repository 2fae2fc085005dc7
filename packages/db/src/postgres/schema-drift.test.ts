import type { InferInsertModel, InferSelectModel, Table } from 'drizzle-orm';
import { describe, expect, expectTypeOf, test } from 'vitest';
import type * as sqliteSchema from '../schema';
import type * as postgresSchema from './schema';
import { postgresShapes, sqliteShapes } from './schema-pairs';
import type { TableShape } from './table-shape';

/**
 * The PostgreSQL schema is a hand-written mirror of the SQLite one (Drizzle has no dialect-neutral table),
 * so these tests hold the two together: a column, key or index added on one side only fails here.
 */

const byName = (shapes: TableShape[]) => new Map(shapes.map((s) => [s.name, s]));
const sqlite = byName(sqliteShapes());
const postgres = byName(postgresShapes());

test('both schemas have the same tables', () => {
  expect([...postgres.keys()].sort()).toEqual([...sqlite.keys()].sort());
});

describe.each([...sqlite.keys()])('%s', (name) => {
  const source = sqlite.get(name);
  const mirror = postgres.get(name);

  test('same columns in the same order, of matching kinds, with the same nullability and defaults', () => {
    expect(mirror?.columns).toEqual(source?.columns);
  });

  test('same primary key, unique keys and foreign keys', () => {
    expect(mirror?.primaryKey).toEqual(source?.primaryKey);
    expect(mirror?.uniques).toEqual(source?.uniques);
    expect(mirror?.foreignKeys).toEqual(source?.foreignKeys);
  });

  test('the same indexes, each leading with the SQLite key (PostgreSQL may spell out the row id)', () => {
    const indexes = (shape: TableShape | undefined) =>
      (shape?.indexes ?? []).map(({ name: index, where }) => ({ index, where }));
    expect(indexes(mirror)).toEqual(indexes(source));
    for (const index of source?.indexes ?? []) {
      const twin = mirror?.indexes.find((i) => i.name === index.name);
      expect(twin?.columns.slice(0, index.columns.length)).toEqual(index.columns);
    }
  });
});

type Rows<S> = {
  [K in keyof S as S[K] extends Table ? K : never]: S[K] extends Table
    ? InferSelectModel<S[K]>
    : never;
};
type Inserts<S> = {
  [K in keyof S as S[K] extends Table ? K : never]: S[K] extends Table
    ? InferInsertModel<S[K]>
    : never;
};

test('every table reads and writes the same TypeScript types on both dialects', () => {
  // Checked by the type checker: one query layer can serve both schemas only if their rows agree.
  expectTypeOf<Rows<typeof postgresSchema>>().toEqualTypeOf<Rows<typeof sqliteSchema>>();
  expectTypeOf<Inserts<typeof postgresSchema>>().toEqualTypeOf<Inserts<typeof sqliteSchema>>();
});
