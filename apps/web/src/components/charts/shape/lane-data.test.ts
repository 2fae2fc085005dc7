import { describe, expect, test } from 'vitest';
import { laneData } from './lane-data';
import { projectLaneChart } from './project-lanes';

type Row = Parameters<typeof laneData>[0][number];

const xinhua = { id: 3, title: 'Xinhua' };
const akipress = { id: 9, title: 'AKIpress' };

function aRow(overrides: Partial<Row> = {}): Row {
  return {
    id: 1,
    name: 'Line D',
    status: 'operating',
    startedOn: '2018',
    completedOn: '2020-05',
    plannedStartOn: null,
    plannedCompletionOn: '2019-12',
    firstMilestone: '2018-03',
    lastMilestone: '2020-05-08',
    source: xinhua,
    planSources: { start: null, completion: akipress },
    milestones: [
      { id: 10, date: '2018-03', kind: 'agreement', description: 'Signed', source: xinhua },
      { id: 11, date: '2020-05-08', kind: 'commissioning', description: 'Opened', source: null },
    ],
    ...overrides,
  };
}

describe('laneData', () => {
  test('names each source once, however many markers and lanes cite it', () => {
    const data = laneData(
      [
        aRow(),
        aRow({
          id: 2,
          source: akipress,
          milestones: [
            { id: 12, date: '2019', kind: 'financing', description: 'Loan', source: akipress },
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
        ['2020-05-08', 'commissioning', 'Opened', null],
      ],
      [['2019', 'financing', 'Loan', 1]],
    ]);
  });

  test('the browser gets back every marker with its date, labels and source title', () => {
    const { lanes } = projectLaneChart(laneData([aRow()], '2026-06-15'));
    expect(
      lanes[0]?.markers.map((m) => [m.key, m.kindLabel, m.dateLabel, m.description, m.source]),
    ).toEqual([
      ['m0', 'Agreement', 'Mar 2018', 'Signed', 'Xinhua'],
      ['m1', 'Commissioning', '8 May 2020', 'Opened', null],
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
