import { mkdirSync, mkdtempSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { MAP_POINT_LIMIT } from '@tianshan/db/queries/projects';
import { generateSynthetic, sizeAtScale } from '@tianshan/db/synthetic/generate';
import { expect, test } from './support/fixtures';
import { startOwnServer, type OwnServer } from './support/own-server';
import { htmlBytes, MAX_HTML_BYTES, publicPages } from './support/page-weight';

/**
 * The 150 kB goal at a database size of its own, where the starter data cannot reach: the 1% synthetic
 * database (1,000 projects, 5,000 milestones, 10,000 trade reports; lists of 20 to 200 pages), the size at
 * which the overview once drew 316 map dots in 258 kB. The overview is heaviest just before its map turns
 * dots into areas, so the database keeps no more located projects than the map draws as dots: whatever
 * `MAP_POINT_LIMIT` is, its heaviest overview is weighed. Its own server keeps the caches on, as anonymous
 * readers get pages (about 1 kB heavier than a page rendered with them off: cached pages defer their scripts);
 * the database is made in the test's output folder and never touches the default one.
 */
test.describe.configure({ mode: 'serial' });

const SCALE = 0.01;
let server: OwnServer;

/** A 1% synthetic database with at most `MAP_POINT_LIMIT` located projects (the rest lose their place). */
function syntheticAtMapLimit(): string {
  const folder = test.info().outputDir;
  mkdirSync(folder, { recursive: true });
  const file = path.join(mkdtempSync(path.join(folder, 'synthetic-')), 'synthetic.db');
  generateSynthetic(file, sizeAtScale(SCALE));
  const db = new Database(file);
  try {
    // The map's tallies follow through the projects' update trigger.
    db.prepare(
      `UPDATE projects SET lat = NULL, lon = NULL, location_basis = NULL
       WHERE lat IS NOT NULL AND id NOT IN
         (SELECT id FROM projects WHERE lat IS NOT NULL ORDER BY id LIMIT ?)`,
    ).run(MAP_POINT_LIMIT);
  } finally {
    db.close();
  }
  return file;
}

test.beforeAll(async () => {
  server = await startOwnServer({ file: syntheticAtMapLimit() }, (port) => ({
    TIANSHAN_ORIGIN: `http://127.0.0.1:${port}`,
  }));
});
test.afterAll(async () => {
  await server.stop();
});

test('at the 1% synthetic size every public page stays under 150 kB of HTML', async ({
  request,
}) => {
  const pages = await publicPages(request, server.url);
  // The walk reached what it should: five countries, later pages of the lists, project and source pages.
  expect(pages.filter((p) => p.startsWith('/countries/'))).toHaveLength(5);
  expect(pages).toContain('/timeline?page=200');
  expect(pages.some((p) => /^\/projects\/\d+$/.test(p))).toBe(true);
  expect(pages.some((p) => /^\/sources\/\d+$/.test(p))).toBe(true);
  for (const page of pages)
    expect(await htmlBytes(request, `${server.url}${page}`), page).toBeLessThanOrEqual(
      MAX_HTML_BYTES,
    );
});
