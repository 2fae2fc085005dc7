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
  // Names are not verbs: a cooperation centre, transport ministers and COSCO Shipping run nothing.
  [
    'China and Kazakhstan sign agreement to jointly build a cross-border cooperation centre at Khorgos',
    'agreement',
  ],
  [
    'COSCO Shipping and Lianyungang Port sign deal to buy 49% of the dry port from KTZ',
    'agreement',
  ],
  ['Trilateral ministerial meeting (Kyrgyz and Uzbek transport ministers)', 'other'],
  // Production as a noun runs nothing; production begun, or a plant producing, does.
  ['BYD and UzAuto announce/register joint venture for NEV production', 'other'],
  ['Project selected for the China-Kazakhstan production capacity cooperation list', 'other'],
  [
    'Presidential resolution allows Turkmengaz to sign a turnkey design-and-build contract with CNPC Amudarya Petroleum for Galkynysh Phase 4: processing for 10 bcm/yr of commercial gas plus production wells',
    'agreement',
  ],
  ['Production commences (19-year design life)', 'operation'],
  ['Phase 2 of modernization put into production in presence of President Nazarbayev', 'operation'],
  ['President Rahmon meets Zijin chairman; Zeravshan said to produce ~6 t gold/yr', 'operation'],
  // A study completed is planning, not a plant completed.
  ['Feasibility study completed', 'other'],
];

/** Several clauses: the first that names an event decides, whatever the later ones add. */
const MULTI_CLAUSE: [string, string][] = [
  [
    'Second 50 MW unit commissioned; Rahmon and Xi Jinping lay time capsule for second line',
    'commissioning',
  ],
  ['Capsule-laying ceremony; construction kicks off', 'construction-start'],
  ['Unit 1 put into operation; unit 2 expected by 2028', 'operation'],
  ['Loan agreement signed; groundbreaking planned for spring', 'financing'],
  // A first clause that names no event passes the decision on.
  [
    'Samruk-Kazyna CEO and SPIC deputy CEO review progress; power dispatch scheme agreed with KEGOC; commissioning expected by Q2 2029',
    'agreement',
  ],
  ['PM and chairman discuss project; ministries instructed to support', 'other'],
  // A ceremony that the milestone says marked a completion is that completion.
  ['Ribbon-cutting ceremony at tunnel exit; construction completed', 'commissioning'],
  // A plan in the first clause is still only a plan.
  [
    'Tajiktransgaz tells parliament Tajik section due by 2017 and full operation from January 2020; ~$100m/yr transit income expected',
    'other',
  ],
  // Trains arriving are bought, not run.
  [
    'Trains delivered to Astana; test operation of some sections expected by end of 2025 (as reported)',
    'other',
  ],
  // A semicolon inside brackets does not start a clause.
  [
    'Opening ceremony for construction of the Kazakh section (Uzbek section also started; Turkmen segment launched 2007)',
    'construction-start',
  ],
  [
    'KMG and CNODC finalising procedures to set up the joint venture; feasibility study completed; FEED to follow',
    'other',
  ],
];

describe('a milestone kind from what happened', () => {
  it.each(CASES)('%s → %s', (wording, kind) => {
    expect(milestoneKindOf(wording)).toBe(kind);
  });

  it.each(MULTI_CLAUSE)('%s → %s', (wording, kind) => {
    expect(milestoneKindOf(wording)).toBe(kind);
  });

  it('never reads "officially launched" as commissioning', () => {
    expect(milestoneKindOf('Project officially launched')).not.toBe('commissioning');
  });
});
