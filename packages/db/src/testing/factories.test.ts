import { afterAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../testing';
import { snapshot } from '../write/records';
import { CITED_KIND_NAMES } from '../write/record-kinds';
import {
  aProject,
  CREATE_BY_KIND,
  createMilestone,
  createProject,
  createSource,
} from './factories';

// Unseeded: the factories must not lean on starter records.
const t = createTestDatabase({ seed: false });
afterAll(() => t.close());

const auditCount = () =>
  t.db.$client.prepare('SELECT count(*) FROM audit_log').pluck().get() as number;

describe('record factories', () => {
  it.each(CITED_KIND_NAMES)(
    'a %s written with default fields is stored, cites a source and is audited',
    (kind) => {
      const before = auditCount();
      const id = CREATE_BY_KIND[kind](t.db);
      const stored = snapshot(t.db, kind, id);
      expect(stored?.id).toBe(id);
      expect(stored?.sourceIds).toHaveLength(1);
      expect(auditCount()).toBeGreaterThan(before);
    },
  );

  it('gives every record a name of its own, so two tests (or two workers) never clash', () => {
    const names = new Set(Array.from({ length: 50 }, () => aProject().name));
    expect(names.size).toBe(50);
    // Two projects with default fields: the unique name index would refuse a repeated name.
    expect(createProject(t.db)).not.toBe(createProject(t.db));
  });

  it('takes overrides, and a milestone joins the project it is given', () => {
    const projectId = createProject(t.db, { name: 'Named by the test', countries: ['UZ'] });
    expect(snapshot(t.db, 'project', projectId)).toMatchObject({
      name: 'Named by the test',
      countries: ['UZ'],
    });
    const milestoneId = createMilestone(t.db, { projectId, kind: 'commissioning' });
    expect(snapshot(t.db, 'milestone', milestoneId)).toMatchObject({
      projectId,
      kind: 'commissioning',
    });
  });

  it('writes a source on its own', () => {
    expect(createSource(t.db, { title: 'A standalone source' })).toBeGreaterThan(0);
  });
});
