import { describe, expect, it } from 'vitest';
import { milestoneKindOf } from './milestone-kind';

/** Wordings from the seed's milestones, with the kind each one is. */
const CASES: [string, string][] = [
  // The launch of construction is its start.
  [
    'Construction launch ceremony in the settlement of Tash-Kitchu, Jalal-Abad region, led by President Japarov',
    'construction-start',
  ],
  ['Groundbreaking ceremony at Bozoi compressor station', 'construction-start'],
  ['Construction of Line C started', 'construction-start'],
  ['Huaxin starts construction of cement plant in Zafarabad district', 'construction-start'],
  ['Tunnel EPC works commenced', 'construction-start'],
  ['Capsule-laying ceremony for construction start in Sauran district', 'construction-start'],
  // A ceremony or an official launch that starts no operation.
  ['Project officially launched', 'launch-ceremony'],
  ['Amu Darya Right Bank project officially launched', 'launch-ceremony'],
  ['Nazarbayev and Xi formally launch the $100m terminal project', 'launch-ceremony'],
  [
    "Launch ceremony for CNPC's three-well project at Galkynysh (30-month works)",
    'launch-ceremony',
  ],
  // Commissioning only when it starts operating.
  ['Line A launched', 'commissioning'],
  ['Technical launch of the refinery', 'commissioning'],
  [
    'Production launch ceremony by video link between Mirziyoyev (at BYD HQ Shenzhen) and the plant',
    'commissioning',
  ],
  ['First products rolled out', 'commissioning'],
  ['Railway inaugurated by President Rahmon', 'commissioning'],
  // A plan is not the thing planned.
  ['President Japarov: the railway is planned to be launched in 2030', 'other'],
  ['Chinese ambassador says plant is ready for inauguration', 'other'],
  ['Samruk-Kazyna and China Energy review progress; completion planned for 2028', 'other'],
  // Unchanged kinds.
  ['CDB signs loan agreements ($1.34bn and RMB 1bn)', 'financing'],
  [
    'Intergovernmental agreement on the railway signed by China, Kyrgyzstan and Uzbekistan',
    'agreement',
  ],
  ['Pipeline delivered 47.9 bcm to China in 2019', 'operation'],
];

describe('a milestone kind from what happened', () => {
  it.each(CASES)('%s → %s', (wording, kind) => {
    expect(milestoneKindOf(wording)).toBe(kind);
  });

  it('never reads "officially launched" as commissioning', () => {
    expect(milestoneKindOf('Project officially launched')).not.toBe('commissioning');
  });
});
