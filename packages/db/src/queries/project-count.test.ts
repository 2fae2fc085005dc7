import { afterAll, describe, expect, it } from 'vitest';
import { COUNTRY_CODES } from '@tianshan/model';
import { aProject, createProject, createTestDatabase } from '../testing';
import { restoreRecord, softDeleteRecord, updateRecord } from '../write/records';
import { countProjects } from './projects';

/**
 * A one-country count is taken from the country's rows less its deleted projects: it must give what
 * testing every project for being live gives, through deletes, restores and a change of countries.
 */
const t = createTestDatabase();
afterAll(() => t.close());
const db = t.db;
const editor = { actor: { userId: 'u-editor', label: 'editor@example.org' } };

function liveCount(country: string): number {
  return (
    db.$client
      .prepare(
        `SELECT count(*) AS n FROM projects p WHERE p.deleted_at IS NULL
          AND EXISTS (SELECT 1 FROM project_countries c WHERE c.project_id = p.id AND c.country = ?)`,
      )
      .get(country) as { n: number }
  ).n;
}

async function expectCountedAsLive() {
  for (const country of COUNTRY_CODES) {
    expect(await countProjects(db, { countries: [country] })).toBe(liveCount(country));
    expect(await countProjects(db, { countries: [country], sort: 'start', dir: 'desc' })).toBe(
      liveCount(country),
    );
  }
}

describe('countProjects for one country', () => {
  it('counts the seeded data as testing each project does', async () => {
    await expectCountedAsLive();
  });

  it('follows a project of two countries deleted, restored and moved to another country', async () => {
    const input = aProject({ countries: ['KG', 'TJ'] });
    const id = createProject(db, input, editor);
    await expectCountedAsLive();
    await softDeleteRecord(db, 'project', id, editor);
    await expectCountedAsLive();
    await restoreRecord(db, 'project', id, editor);
    await expectCountedAsLive();
    await updateRecord(db, 'project', id, { ...input, countries: ['UZ'] }, editor);
    await expectCountedAsLive();
  });
});
