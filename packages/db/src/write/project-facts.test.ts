import { afterAll, describe, expect, it } from 'vitest';
import { recordHistory } from '../queries/audit';
import { listProjects, projectById } from '../queries/projects';
import { createTestDatabase } from '../testing';
import { aSource, createProject, createProjectFact } from '../testing/factories';
import { setPreferredProjectFact } from './project-facts';
import { softDeleteRecord } from './records';

const test = createTestDatabase({ seed: false });
afterAll(() => test.close());
const actor = { userId: 'u-1', label: 'editor@example.org' };
const projectOf = async (id: number) => {
  const project = await projectById(test.db, id);
  if (!project) throw new Error(`no project ${id}`);
  return project;
};
const citing = (publishedOn: string) => [{ newSource: aSource({ publishedOn }) }];

describe('project fact reports', () => {
  it('keep the plan as first reported on the project, and the newest restatement as expected', async () => {
    const projectId = createProject(test.db, { status: 'under-construction' });
    createProjectFact(test.db, {
      projectId,
      date: '2021',
      citations: citing('2019-05'),
    });
    const first = createProjectFact(test.db, {
      projectId,
      date: '2017',
      citations: citing('2014-12'),
    });
    expect(await projectOf(projectId)).toMatchObject({
      plannedCompletionOn: '2017',
      expectedCompletionOn: '2021',
    });
    await softDeleteRecord(test.db, 'project-fact', first, { actor });
    expect(await projectOf(projectId)).toMatchObject({
      plannedCompletionOn: '2021',
      expectedCompletionOn: null,
    });
  });

  it("mark one report preferred, clear the others' marks and audit every report that changed", async () => {
    const projectId = createProject(test.db, { valueUsd: 1_000_000_000, valueKind: 'total-cost' });
    const [a, b] = [4_665_000_000, 8_000_000_000].map((valueUsd) =>
      createProjectFact(test.db, {
        projectId,
        fact: 'value',
        date: null,
        valueUsd,
        valueKind: 'total-cost',
      }),
    ) as [number, number];
    await setPreferredProjectFact(test.db, a, true, { actor });
    await setPreferredProjectFact(test.db, b, true, { actor, reason: 'the newer estimate' });

    const marks = test.db.$client
      .prepare('SELECT id, preferred FROM project_fact_reports WHERE project_id = ? ORDER BY id')
      .all(projectId);
    expect(marks).toEqual([
      { id: a, preferred: null },
      { id: b, preferred: 1 },
    ]);
    expect((await recordHistory(test.db, 'project-fact', a)).map((e) => e.action)).toEqual([
      'prefer',
      'prefer',
      'create',
    ]);
    expect((await recordHistory(test.db, 'project-fact', b))[0]).toMatchObject({
      action: 'prefer',
      reason: 'the newer estimate',
    });
  });

  it("write a preferred value into the project's own columns, audited, so lists show it", async () => {
    const projectId = createProject(test.db, { valueUsd: 1_000_000_000, valueKind: 'total-cost' });
    const report = createProjectFact(test.db, {
      projectId,
      fact: 'value',
      date: null,
      valueUsd: 8_000_000_000,
      valueKind: 'loan',
      qualifier: 'at-most',
    });
    await setPreferredProjectFact(test.db, report, true, { actor });

    const project = await projectOf(projectId);
    expect(project).toMatchObject({ valueUsd: 8_000_000_000, valueKind: 'loan' });
    expect((await recordHistory(test.db, 'project', projectId))[0]?.action).toBe('update');
    const listed = (await listProjects(test.db, { search: project.name })).find(
      (p) => p.id === projectId,
    );
    expect(listed?.valueUsd).toBe(8_000_000_000);
    const value = project.facts.find((f) => f.fact === 'value');
    expect(value?.shown?.id).toBe(report);
    expect(value?.shownBecause).toBe('editor-choice');
  });

  it("show the project's own record when no report agrees with it, and the reports beside it", async () => {
    const projectId = createProject(test.db, { valueUsd: 1_000_000_000, valueKind: 'total-cost' });
    createProjectFact(test.db, { projectId, fact: 'value', date: null, valueUsd: 2_000_000_000 });
    const value = (await projectOf(projectId)).facts.find((f) => f.fact === 'value');
    expect(value?.shown).toMatchObject({ id: 0, valueUsd: 1_000_000_000 });
    expect(value?.others.map((o) => o.valueUsd)).toEqual([2_000_000_000]);
  });

  it('refuse a report that carries another fact than its own', async () => {
    const projectId = createProject(test.db);
    expect(() =>
      createProjectFact(test.db, { projectId, fact: 'planned-completion', valueUsd: 5 }),
    ).toThrow(/leave blank for planned-completion/);
    expect(() => createProjectFact(test.db, { projectId, date: null })).toThrow(
      /give the date, or the wording/,
    );
  });
});
