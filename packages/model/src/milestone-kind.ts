import type { MilestoneKind } from './enums';

/**
 * A statement about the future ("planned to be launched in 2030", "completion planned for 2028", "ready
 * for inauguration") is not the thing itself: it never makes a milestone a commissioning, an operation or a ceremony.
 */
const FUTURE = /\b(planned|expected|scheduled|due|aim(s|ing)?|to be|ready for)\b/i;

/**
 * What the wording must name for a launch to be a start of operation: output, traffic, a first delivery.
 * A ceremony or an "official launch" without any of these is only a ceremony.
 */
const OPERATING =
  /production|operat|first\b|gas-filling|complet|opened|inaugurat|connected|commission/i;

interface MilestoneRule {
  kind: MilestoneKind;
  when: RegExp;
  unless?: RegExp;
}

/** Ordered: the first rule that applies wins. */
const MILESTONE_RULES: MilestoneRule[] = [
  { kind: 'financing', when: /loan|financ|credit|fund|grant|invest/i },
  {
    // The launch of construction is its start, however it is worded: "construction launch ceremony",
    // "groundbreaking", "Construction of Line C started", "works commenced", "starts construction".
    kind: 'construction-start',
    when: /groundbreak|construction (start|begin|began|begun|launch|commenc)|start(s|ed)? (construction|modernization|building)|ceremony for construction|construction of [^;,]*\b(started|began|begun|commenced)\b|works? (commenced|starts?|started)|kicks? off|foundation stone|capsule|laying/i,
  },
  {
    // "Project officially launched" and a launch ceremony mark a decision made public, not a plant at work.
    kind: 'launch-ceremony',
    when: /\b(officially|formally) launch|\bproject launched\b|\blaunch ceremony\b|\bceremony\b/i,
    unless: new RegExp(`${OPERATING.source}|${FUTURE.source}`, 'i'),
  },
  {
    // Only when it starts operating: a line "launched" carries gas, a "technical launch" starts a plant.
    kind: 'commissioning',
    when: /commission|inaugurat|open(ed|s)?\b|first (gas|oil|gold|power|train|electricity|products)|connected|\blaunched\b|technical launch|production launch|complet|handed over/i,
    unless: FUTURE,
  },
  {
    kind: 'operation',
    when: /operat|produc|deliver|export|shipp|transport|carried|output|test mode/i,
    unless: FUTURE,
  },
  { kind: 'agreement', when: /agree|sign|memorand|MoU|contract|ratif|approv|deal/i },
];

/** A milestone's kind from the words that say what happened. */
export function milestoneKindOf(text: string): MilestoneKind {
  const rule = MILESTONE_RULES.find((r) => r.when.test(text) && !r.unless?.test(text));
  return rule?.kind ?? 'other';
}
