import { describe, expect, it } from 'vitest';
import { projectInput, sourceInput, tradeReportInput } from './entities';

const cite = [
  { newSource: { title: 'A report', url: 'https://example.org/report', publishedOn: '2025-01' } },
];
const issuesOf = (result: {
  success: boolean;
  error?: { issues: { path: PropertyKey[]; message: string }[] };
}) => Object.fromEntries((result.error?.issues ?? []).map((i) => [i.path.join('.'), i.message]));

describe('record validation', () => {
  it('accepts a well-formed trade report', () => {
    const ok = tradeReportInput.safeParse({
      scope: 'KG',
      year: 2024,
      period: 'FY',
      reporter: 'CN',
      totalUsd: 22_710_000_000,
      citations: cite,
    });
    expect(ok.success).toBe(true);
    expect(ok.data?.qualifier).toBe('exact');
  });

  it('names the field of each mistake', () => {
    const bad = tradeReportInput.safeParse({
      scope: 'XX',
      year: 2024,
      period: 'Jan-Dec',
      reporter: 'CN',
      totalUsd: -5,
      citations: cite,
    });
    const issues = issuesOf(bad);
    expect(issues.scope).toMatch(/KZ, KG/);
    expect(issues.period).toMatch(/FY/);
    expect(issues.totalUsd).toBe('cannot be negative');
  });

  it('requires at least one source', () => {
    const bad = tradeReportInput.safeParse({
      scope: 'KG',
      year: 2024,
      period: 'FY',
      reporter: 'CN',
      totalUsd: 1,
      citations: [],
    });
    expect(issuesOf(bad).citations).toBe('at least one source is required');
  });

  it('refuses a completion before the start, at the precision given', () => {
    const base = {
      name: 'A line',
      countries: ['KZ'],
      sector: 'energy',
      status: 'operating',
      citations: cite,
    };
    expect(
      issuesOf(projectInput.safeParse({ ...base, startedOn: '2024-06', completedOn: '2024-05' }))
        .completedOn,
    ).toBe('cannot be before the start');
    expect(
      projectInput.safeParse({ ...base, startedOn: '2024', completedOn: '2024-05' }).success,
    ).toBe(true);
  });

  it('refuses javascript: URLs, too-long text and one coordinate without the other', () => {
    expect(issuesOf(sourceInput.safeParse({ title: 'x', url: 'javascript:alert(1)' })).url).toMatch(
      /http/,
    );
    expect(issuesOf(sourceInput.safeParse({ title: 'x'.repeat(501) })).title).toMatch(
      /at most 500/,
    );
    const base = {
      name: 'A line',
      countries: ['KZ'],
      sector: 'energy',
      status: 'operating',
      citations: cite,
    };
    expect(issuesOf(projectInput.safeParse({ ...base, lat: 43.2 })).lon).toMatch(/both/);
  });
});
