import { expect, test } from 'vitest';
import { describeOnEachDatabase } from '../testing/each-database';
import { listProjects } from './projects';

/** Names whose byte order differs from English order: a hyphen, a space, case, an accent. */
const NAMES = ['ab', 'a-b', 'aB', 'Ab', 'a b', 'Zhanatas', 'Ürümqi', 'zeta', 'Abay'];

const byCodePoint = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

describeOnEachDatabase('text ordered by code point', (database) => {
  test('projects list by name in byte order, as SQLite orders them', async () => {
    const { db, query } = database();
    for (const name of NAMES)
      await query(
        `INSERT INTO projects (name, sector, status) VALUES ($1, 'energy', 'operating')`,
        [name],
      );
    const listed = await listProjects(db, { sort: 'name' }, { limit: 100, offset: 0 });
    expect(listed.map((p) => p.name)).toEqual([...NAMES].sort(byCodePoint));
    const backwards = await listProjects(
      db,
      { sort: 'name', dir: 'desc' },
      { limit: 100, offset: 0 },
    );
    expect(backwards.map((p) => p.name)).toEqual([...NAMES].sort(byCodePoint).reverse());
  });

  test("the database's own order of these names is not byte order on PostgreSQL", async () => {
    const { dialect, query } = database();
    const plain = await query<{ name: string }>('SELECT name FROM projects ORDER BY name');
    const bytewise = plain.map((r) => r.name).join('|') === [...NAMES].sort(byCodePoint).join('|');
    // Otherwise the test above would pass without COLLATE "C" and prove nothing.
    expect(bytewise).toBe(dialect === 'SQLite');
  });
});
