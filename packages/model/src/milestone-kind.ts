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
  /production|\boperat|first\b|gas-filling|complet|opened|inaugurat|connected|commission/i;

/** Trains or equipment arriving at a project are bought, not run: a delivery of output is an operation. */
const PROCUREMENT =
  /\b(trains?|locomotives?|wagons?|rolling stock|buses|equipment|turbines?)\b[^;]*\bdeliver/i;

/**
 * A study finished is a step of planning: "feasibility study completed" completes no plant.
 */
const PLANNING_STEP = /\bfeasibility\b|\bstud(y|ies)\b|\bsurvey\b/i;

/**
 * Production as a thing being done, not as a noun: "put into production", "production commences", "produces
 * 6 t a year" — while "a joint venture for NEV production" or "the production capacity cooperation list" runs
 * nothing yet.
 */
const PRODUCING =
  /\bproduc(e|es|ed|ing)\b|\binto production\b|\bproduction (commence|start|began|begun|resume)/i;

interface MilestoneRule {
  kind: MilestoneKind;
  when: RegExp;
  /** Checked against the clause the rule matched in. */
  unless?: RegExp;
  /** Checked against the whole wording: what the other clauses say the event marked. */
  unlessAnywhere?: RegExp;
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
    // "Project officially launched" and a launch ceremony mark a decision made public, not a plant at work;
    // a ceremony whose milestone also says the thing was completed or opened marks that instead.
    kind: 'launch-ceremony',
    when: /\b(officially|formally) launch|\bproject launched\b|\blaunch ceremony\b|\bceremony\b/i,
    unless: FUTURE,
    unlessAnywhere: OPERATING,
  },
  {
    // Only when it starts operating: a line "launched" carries gas, a "technical launch" starts a plant.
    kind: 'commissioning',
    when: /commission|inaugurat|open(ed|s)?\b|first (gas|oil|gold|power|train|electricity|products)|connected|\blaunched\b|technical launch|production launch|complet|handed over/i,
    unless: new RegExp(`${FUTURE.source}|${PLANNING_STEP.source}`, 'i'),
  },
  {
    // Verbs of running, not names: "cooperation centre", "transport ministers" and "COSCO Shipping" run nothing.
    kind: 'operation',
    when: new RegExp(
      `\\boperat|${PRODUCING.source}|deliver|export|\\bshipped\\b|\\bshipments?\\b|transport(s|ed|ing)\\b|carried|output|test mode`,
      'i',
    ),
    unless: new RegExp(`${FUTURE.source}|${PROCUREMENT.source}`, 'i'),
  },
  { kind: 'agreement', when: /agree|sign|memorand|MoU|contract|ratif|approv|deal/i },
];

/**
 * The clauses of a wording, split at semicolons outside brackets ("(reported 21 Mar 2026; Tmcars says …)"
 * belongs to the clause it qualifies).
 */
function clausesOf(text: string): string[] {
  const clauses: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '(' || ch === '[') depth++;
    else if ((ch === ')' || ch === ']') && depth > 0) depth--;
    else if (ch === ';' && depth === 0) {
      clauses.push(text.slice(start, i));
      start = i + 1;
    }
  }
  clauses.push(text.slice(start));
  return clauses.map((c) => c.trim()).filter((c) => c !== '');
}

function kindOfClause(clause: string, whole: string): MilestoneKind | undefined {
  const rule = MILESTONE_RULES.find(
    (r) => r.when.test(clause) && !r.unless?.test(clause) && !r.unlessAnywhere?.test(whole),
  );
  return rule?.kind;
}

/**
 * A milestone's kind from the words that say what happened. The first clause that names an event decides:
 * "Second 50 MW unit commissioned; … lay time capsule for second line" is a commissioning, and what a
 * later clause adds (a capsule for the next line, a plan for another part) does not outrank it.
 */
export function milestoneKindOf(text: string): MilestoneKind {
  for (const clause of clausesOf(text)) {
    const kind = kindOfClause(clause, text);
    if (kind) return kind;
  }
  return 'other';
}
