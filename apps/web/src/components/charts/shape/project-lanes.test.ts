import { describe, expect, test } from 'vitest';
import { laneData } from './lane-data';
import { projectLaneChart as shape } from './project-lanes';

type Row = Parameters<typeof laneData>[0][number];

const TODAY = '2026-06-15';
const source = { id: 3, title: 'Xinhua' };

function aRow(overrides: Partial<Row> = {}): Row {
  return {
    id: 1,
    name: 'Line D',
    status: 'operating',
    startedOn: '2018',
    completedOn: '2020-05',
    plannedStartOn: null,
    plannedCompletionOn: null,
    firstMilestone: '2018-03',
    lastMilestone: '2020-05',
    source,
    planSources: { start: null, completion: null },
    milestones: [
      { id: 10, date: '2018-03', kind: 'agreement', description: 'Signed', source },
      { id: 11, date: '2020-05', kind: 'commissioning', description: 'Opened', source },
    ],
    ...overrides,
  };
}

/** Through the compact form the browser receives, as the page does. */
const projectLaneChart = (rows: Row[], today: string) => shape(laneData(rows, today));

describe('projectLaneChart', () => {
  test('draws the plan as first reported apart, with its own source, even once it has passed', () => {
    const plan = { id: 7, title: 'Silkroadnews' };
    const { lanes } = projectLaneChart(
      [
        aRow({
          status: 'under-construction',
          completedOn: null,
          plannedStartOn: '2015',
          plannedCompletionOn: '2020-01',
          planSources: { start: null, completion: plan },
        }),
      ],
      TODAY,
    );
    const planned = lanes[0]?.markers.filter((m) => m.kind.startsWith('planned-'));
    expect(planned?.map((m) => [m.kind, m.planned, m.dateLabel, m.source])).toEqual([
      ['planned-start', true, '2015', null],
      ['planned-completion', true, 'Jan 2020', 'Silkroadnews'],
    ]);
    expect(lanes[0]?.spanLabel).toContain('planned completion as first reported Jan 2020');
  });

  test('a completed project runs from its first date to completion', () => {
    const { lanes } = projectLaneChart([aRow()], TODAY);
    const lane = lanes[0];
    expect(lane?.start).toBe(2018);
    expect(lane?.actualEnd).toBeCloseTo(2020.37, 1);
    expect(lane?.plannedEnd).toBeNull();
    expect(lane?.markers.map((m) => [m.kind, m.planned, m.dateLabel])).toEqual([
      ['agreement', false, 'Mar 2018'],
      ['commissioning', false, 'May 2020'],
    ]);
    expect(lane?.spanLabel).toBe('from 2018, completed May 2020');
  });

  test('a project under way runs to today', () => {
    const { lanes, today } = projectLaneChart(
      [aRow({ status: 'under-construction', completedOn: null })],
      TODAY,
    );
    expect(lanes[0]?.actualEnd).toBe(today);
    expect(lanes[0]?.spanLabel).toContain('under way today');
  });

  test('dates after today are planned and drawn apart', () => {
    const { lanes, xDomain } = projectLaneChart(
      [
        aRow({
          status: 'under-construction',
          completedOn: '2028',
          milestones: [
            {
              id: 10,
              date: '2025-01-10',
              kind: 'construction-start',
              description: 'Began',
              source,
            },
            { id: 12, date: '2027-03', kind: 'commissioning', description: 'First unit', source },
          ],
        }),
      ],
      TODAY,
    );
    const lane = lanes[0];
    expect(lane?.markers.filter((m) => m.planned).map((m) => m.kind)).toEqual([
      'commissioning',
      'planned-completion',
    ]);
    expect(lane?.plannedEnd).toBe(2028.5);
    expect(xDomain[1]).toBeGreaterThanOrEqual(2029);
  });

  test('a project with no date has no lane', () => {
    const { lanes } = projectLaneChart(
      [aRow({ startedOn: null, firstMilestone: null, completedOn: null, milestones: [] })],
      TODAY,
    );
    expect(lanes).toEqual([]);
  });

  test('rows keep the order they came in (the list’s sort)', () => {
    const { lanes } = projectLaneChart(
      [aRow({ id: 2, name: 'B' }), aRow({ id: 1, name: 'A' })],
      TODAY,
    );
    expect(lanes.map((l) => l.name)).toEqual(['B', 'A']);
  });
});

describe('laneData', () => {
  const akipress = { id: 9, title: 'AKIpress' };

  test('names each source once, however many markers and lanes cite it', () => {
    const data = laneData(
      [
        aRow(),
        aRow({
          id: 2,
          source: akipress,
          milestones: [
            { id: 12, date: '2019', kind: 'financing', description: 'Loan', source: akipress },
            {
              id: 13,
              date: '2020-05-08',
              kind: 'commissioning',
              description: 'Open',
              source: null,
            },
          ],
        }),
      ],
      '2026-06-15T08:30:00.000Z',
    );
    expect(data.sources).toEqual(['Xinhua', 'AKIpress']);
    expect(data.today).toBe('2026-06-15');
    expect(data.lanes.map((l) => l.milestones)).toEqual([
      [
        ['2018-03', 'agreement', 'Signed', 0],
        ['2020-05', 'commissioning', 'Opened', 0],
      ],
      [
        ['2019', 'financing', 'Loan', 1],
        ['2020-05-08', 'commissioning', 'Open', null],
      ],
    ]);
  });

  test('the browser gets back every marker with its date, labels and source title', () => {
    const { lanes } = projectLaneChart(
      [
        aRow({
          plannedCompletionOn: '2019-12',
          planSources: { start: null, completion: akipress },
        }),
      ],
      TODAY,
    );
    expect(
      lanes[0]?.markers.map((m) => [m.key, m.kindLabel, m.dateLabel, m.description, m.source]),
    ).toEqual([
      ['m0', 'Agreement', 'Mar 2018', 'Signed', 'Xinhua'],
      ['m1', 'Commissioning', 'May 2020', 'Opened', 'Xinhua'],
      [
        'planned-completion',
        'Planned completion',
        'Dec 2019',
        'Planned completion as first reported: Dec 2019',
        'AKIpress',
      ],
    ]);
    expect(lanes[0]?.statusLabel).toBe('Operating');
  });
});
