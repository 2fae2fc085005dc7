import { describe, expect, it } from 'vitest';
import {
  baselinePlan,
  completionSlippage,
  latestRestatement,
  projectPlanOf,
  type DatedReport,
} from './project-plan';

const report = (id: number, date: string | null, sourceDate: string | null, preferred = false) =>
  ({ id, date, sourceDate, preferred: preferred || null }) satisfies DatedReport;

const slip = (
  plannedCompletionOn: string | null,
  expectedCompletionOn: string | null,
  status = 'operating',
) => completionSlippage({ plannedCompletionOn, expectedCompletionOn, status, today: '2026-11-26' });

describe('completionSlippage', () => {
  it('counts whole years when either date is a year', () => {
    expect(slip('2020', '2022')?.label).toBe('+2 years');
    expect(slip('2020-01', '2021')?.label).toBe('+1 year');
  });

  it('counts months between month dates, and years from twelve months on', () => {
    expect(slip('2024-03', '2024-08')?.label).toBe('+5 months');
    expect(slip('2024-03-10', '2024-04-02')?.label).toBe('+1 month');
    expect(slip('2016-12', '2019-02')?.label).toBe('+2 years');
  });

  it('is not late when the later date may fall within the planned one', () => {
    expect(slip('2020', '2020-06')).toBeNull();
    expect(slip('2020-06', '2020-06-30')).toBeNull();
    expect(slip('2030', '2029')).toBeNull();
  });

  it('has nothing to say without a plan', () => {
    expect(slip(null, '2022')).toBeNull();
  });

  it('counts an unfinished project past its plan as late until today, and a finished one not', () => {
    const late = slip('2020-01', null, 'under-construction');
    expect(late).toMatchObject({ label: '+6 years', outcome: null });
    expect(late?.description).toBe('planned for Jan 2020, not complete yet');
    expect(slip('2020-01', null, 'operating')).toBeNull();
    expect(slip('2030', null, 'under-construction')).toBeNull();
  });
});

describe('the plan and its restatements', () => {
  it('measures against the plan as first reported, unknown source dates last', () => {
    const reports = [
      report(1, '2030', null),
      report(2, '2028', '2024-05'),
      report(3, '2029', '2025-01'),
    ];
    expect(baselinePlan(reports)?.id).toBe(2);
    expect(latestRestatement(reports, baselinePlan(reports))?.id).toBe(3);
  });

  it("follows an editor's choice of the plan", () => {
    const reports = [report(1, '2028', '2024-05'), report(2, '2030', '2026-03', true)];
    expect(baselinePlan(reports)?.id).toBe(2);
    expect(latestRestatement(reports, baselinePlan(reports))?.id).toBe(1);
  });

  it('never takes a plan stated without a date as the baseline', () => {
    expect(baselinePlan([report(1, null, '2020-01')])).toBeNull();
  });

  it('compares the plan with the actual completion before any restated plan', () => {
    const plan = projectPlanOf({
      plannedStart: [report(1, '2015', '2014-01')],
      plannedCompletion: [report(2, '2017', '2014-12'), report(3, '2021', '2019-01')],
      actualCompletion: [report(4, '2022-10', '2022-11')],
    });
    expect(plan).toEqual({
      plannedStartOn: '2015',
      plannedCompletionOn: '2017',
      expectedCompletionOn: '2022-10',
    });
    const restatedOnly = projectPlanOf({
      plannedStart: [],
      plannedCompletion: [report(2, '2017', '2014-12'), report(3, '2021', '2019-01')],
      actualCompletion: [],
    });
    expect(restatedOnly.expectedCompletionOn).toBe('2021');
  });
});
