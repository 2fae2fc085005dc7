import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { openDatabase } from '../client';
import { generateSynthetic } from '../synthetic/generate';
import { createTestDatabase } from '../testing';
import { MAP_AREA_LIMIT, MAP_POINT_LIMIT, projectMapLocations } from './projects';

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

// Seeds a database of its own inside the test: seconds on a busy machine.
test(
  'with the starter data the map gets every located project by name',
  { timeout: 60_000 },
  async () => {
    const t = createTestDatabase();
    try {
      const located = t.db.$client
        .prepare('SELECT count(*) AS n FROM projects WHERE lat IS NOT NULL AND deleted_at IS NULL')
        .get() as { n: number };
      const map = await projectMapLocations(t.db);
      expect(map.grouped).toBe(false);
      if (map.grouped) return;
      expect(map.total).toBe(located.n);
      expect(map.points).toHaveLength(located.n);
      expect(map.points.every((p) => p.name.length > 0 && p.lat !== null)).toBe(true);
      // A filter narrows the dots the same way it narrows the list.
      expect((await projectMapLocations(t.db, { countries: ['KG'] })).total).toBeLessThan(
        located.n,
      );
    } finally {
      t.close();
    }
  },
);

test('thousands of located projects become areas whose counts add up to every located project', async () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'tianshan-map-'));
  dirs.push(dir);
  const file = path.join(dir, 'synthetic.db');
  generateSynthetic(file, { tradeReports: 0, projects: 5000, milestones: 0 });
  const db = openDatabase(file, { readonly: true });
  try {
    const map = await projectMapLocations(db);
    expect(map.total).toBeGreaterThan(MAP_POINT_LIMIT);
    expect(map.grouped).toBe(true);
    if (!map.grouped) return;
    expect(map.areas.reduce((s, a) => s + a.count, 0)).toBe(map.total);
    expect(map.areas.length).toBeLessThan(map.total);
    // Spread over more 1° cells than a map can label, the cells merge; the counts still add up (above).
    expect(map.areas.length).toBeLessThanOrEqual(MAP_AREA_LIMIT);
    for (const a of map.areas) {
      expect(a.lat).toBeGreaterThanOrEqual(37);
      expect(a.lon).toBeGreaterThanOrEqual(52);
    }
  } finally {
    db.$client.close();
  }
});
