import { completionSlippage } from '@tianshan/model';
import { afterAll, describe, expect, it } from 'vitest';
import { listProjects, projectById } from '../queries/projects';
import { createTestDatabase } from '../testing';

const test = createTestDatabase();
afterAll(() => test.close());
const RAILWAY = 'China-Kyrgyzstan-Uzbekistan Railway';
const railway = async () => {
  const [row] = (await listProjects(test.db, { search: RAILWAY })).filter(
    (p) => p.name === RAILWAY,
  );
  const project = row && (await projectById(test.db, row.id));
  if (!project) throw new Error('the railway is not seeded');
  return project;
};
const factOf = async (fact: string) => (await railway()).facts.find((f) => f.fact === fact);

describe('the seeded project fact reports', () => {
  it("show the railway's recorded value with its source, and the other reports of it with theirs", async () => {
    const value = await factOf('value');
    expect(value?.shown).toMatchObject({ valueUsd: 4_665_000_000, qualifier: 'exact' });
    expect(value?.shown?.sources[0]?.url).toMatch(/qalampir\.uz/);
    const others = value?.others.map((o) => [o.valueUsd, o.qualifier, o.sources[0]?.title]);
    expect(others).toEqual(
      expect.arrayContaining([
        [8_000_000_000, 'at-most', expect.stringContaining('AFP')],
        [1_340_000_000, 'exact', expect.stringContaining('Fergana')],
        [8_000_000_000, 'exact', expect.stringContaining('Fergana')],
      ]),
    );
  });

  it('give the railway a planned completion of 2030 from its source, not a date made up from a duration', async () => {
    const planned = await factOf('planned-completion');
    expect(planned?.shown).toMatchObject({ date: '2030' });
    expect(planned?.shown?.sources[0]?.quote).toContain('2030');
    const span = planned?.others.find((o) => o.statedAs?.includes('six years'));
    expect(span?.date).toBeNull();
    expect((await railway()).plannedCompletionOn).toBe('2030');
  });

  it('cite a source with its quote in every seeded report', async () => {
    const uncited = test.db.$client
      .prepare(
        `SELECT r.id FROM project_fact_reports r WHERE NOT EXISTS (SELECT 1 FROM citations c WHERE c.record_kind = 'project-fact' AND c.record_id = r.id AND c.quote IS NOT NULL)`,
      )
      .all();
    expect(uncited).toEqual([]);
  });

  it('list as delayed exactly the projects whose slippage says they are late', async () => {
    const today = new Date().toISOString().slice(0, 10);
    const delayed = await listProjects(test.db, { delayed: true });
    const late = (await listProjects(test.db, {})).filter((p) =>
      completionSlippage({ ...p, today }),
    );
    expect(delayed.map((p) => p.id).sort()).toEqual(late.map((p) => p.id).sort());
    expect(delayed.map((p) => p.name)).toContain('Central Asia-China Gas Pipeline Line D');
    expect(delayed.map((p) => p.name)).not.toContain(RAILWAY);
  });
});
