import {
  type EventKind,
  type InvestmentCoverage,
  EVENT_KINDS,
  type LocationBasis,
  type ProjectStatus,
  type ProjectValueKind,
  type Sector,
} from './enums';

/**
 * Maps the starter dataset's free wording onto the shared enums. The source wording itself is always
 * kept next to the code (`sectorDetail`, `statusDetail`, the milestone text), so a reader can check it.
 */

const SECTOR_PREFIXES: [RegExp, Sector][] = [
  [/^energy|^oil|^gas/i, 'energy'],
  [/^mining/i, 'mining'],
  [/^metals/i, 'metals'],
  [/^rail|^road|^transport/i, 'transport'],
  [/^logistics|^trade zone/i, 'logistics'],
  [/^industrial park|^industry/i, 'industry'],
  [/^manufacturing/i, 'manufacturing'],
  [/^petrochemicals/i, 'petrochemicals'],
  [/^education/i, 'education'],
  [/^health/i, 'health'],
  [/^public buildings/i, 'public-works'],
  [/^multilateral/i, 'institutions'],
  [/^agri/i, 'agriculture'],
  [/^digital|^telecom/i, 'digital'],
  [/^financ|^bank/i, 'finance'],
];

export function sectorOf(detail: string): Sector {
  return SECTOR_PREFIXES.find(([re]) => re.test(detail.trim()))?.[1] ?? 'other';
}

/** Ordered: the first match wins, so "partly completed" is caught before "completed". */
const STATUS_RULES: [RegExp, ProjectStatus][] = [
  [/cancel/i, 'cancelled'],
  [/suspend|halt|intermittent/i, 'suspended'],
  [/partly|phase 1 (completed|commissioned)|operating \(phase 1\)/i, 'partly-operating'],
  [/^(operating|producing)/i, 'operating'],
  [/^completed/i, 'completed'],
  [/under construction|construction started|under development/i, 'under-construction'],
  [/pre-construction|scheduled to start|^in development/i, 'pre-construction'],
  // "planned: … investment agreement being prepared" is a plan, not a signed agreement.
  [/^planned\b/i, 'announced'],
  [/agreement|ratified/i, 'agreement-signed'],
  [/launched/i, 'operating'],
  [/announced/i, 'announced'],
];

export function statusOf(detail: string): ProjectStatus | null {
  return STATUS_RULES.find(([re]) => re.test(detail.trim()))?.[1] ?? null;
}

/** What a stated project value is, read from the dataset's note ("value_usd = CDB financing"). */
export function valueKindOf(notes: string, hasValue: boolean): ProjectValueKind | null {
  if (!hasValue) return null;
  const stated = /value_usd = ([^.;]*)/i.exec(notes)?.[1] ?? '';
  const text = stated || notes;
  if (/grant/i.test(text)) return 'grant';
  if (/loan|financing|exim|CDB/i.test(text)) return 'loan';
  if (/EPC|contract/i.test(text)) return 'contract';
  if (/phase 1|phase cost/i.test(text)) return 'phase-cost';
  if (/investment/i.test(text)) return 'investment';
  if (/total|cost/i.test(text)) return 'total-cost';
  return null;
}

export { milestoneKindOf } from './milestone-kind';

export function eventKindOf(kind: string): EventKind {
  const k = kind.trim().toLowerCase();
  return (EVENT_KINDS as readonly string[]).includes(k) ? (k as EventKind) : 'other';
}

export function locationBasisOf(basis: string): LocationBasis | null {
  if (!basis.trim()) return null;
  if (/^stated in source/i.test(basis)) return 'source';
  if (/approximate city|approximate city\/town/i.test(basis)) return 'approximate-city';
  return 'other';
}

/**
 * What an investment figure covers, from the source's own wording of what it measured. Ordered: the
 * first match wins, so "FDI into Kyrgyz mining (all origins)" is all origins before it is one sector,
 * and "direct investment and loans" is a mixed total before it is China into a country.
 */
const COVERAGE_RULES: [RegExp, InvestmentCoverage][] = [
  // A share states no amount of its own: "China 26% of FDI" is not a figure of FDI.
  [/\bshare of\b/i, 'other'],
  [/all origins|all countries|\btotal FDI\b|\bFDI into\b/i, 'all-origins'],
  [
    /\bcontracted projects?\b|construction contracts?|\bportfolio\b|joint projects|cooperation list|investment projects|\bgreenfield\b|projects announced|\bagreements\b|agreements? signed|external debt|\bdebt\b|\band loans\b/i,
    'other',
  ],
  [
    /\bsector\b|\bindustry\b|\bmining\b|\boil\b|\bgas\b|\benergy\b|\broads?\b|\brailway\b|\bpipelines?\b|\bgold\b|\bHPPs?\b|\bfield\b|contract area|state projects|\bCNPC\b|\bSinopec\b|\bCNOOC\b|\bZijin\b|oil companies/i,
    'china-sector',
  ],
];

export function investmentCoverageOf(measured: string): InvestmentCoverage {
  return COVERAGE_RULES.find(([re]) => re.test(measured))?.[1] ?? 'china-country';
}
