import { z } from 'zod';

/** The five partner countries. China is the counterpart of every record, so it is not listed. */
export const COUNTRIES = [
  { code: 'KZ', name: 'Kazakhstan', capital: 'Astana', slug: 'kazakhstan' },
  { code: 'KG', name: 'Kyrgyzstan', capital: 'Bishkek', slug: 'kyrgyzstan' },
  { code: 'TJ', name: 'Tajikistan', capital: 'Dushanbe', slug: 'tajikistan' },
  { code: 'TM', name: 'Turkmenistan', capital: 'Ashgabat', slug: 'turkmenistan' },
  { code: 'UZ', name: 'Uzbekistan', capital: 'Tashkent', slug: 'uzbekistan' },
] as const;

export const COUNTRY_CODES = ['KZ', 'KG', 'TJ', 'TM', 'UZ'] as const;
export const countryCode = z.enum(COUNTRY_CODES, {
  error: () => `must be one of ${COUNTRY_CODES.join(', ')}`,
});
export type CountryCode = z.infer<typeof countryCode>;

/**
 * `C5` is the five together, as a source reported the aggregate. It is kept apart from the country rows
 * (never summed with them) and used to check them.
 */
export const AGGREGATE_CODE = 'C5' as const;
export const SCOPE_CODES = [...COUNTRY_CODES, AGGREGATE_CODE] as const;
export const scopeCode = z.enum(SCOPE_CODES, {
  error: () => `must be one of ${SCOPE_CODES.join(', ')}`,
});
export type ScopeCode = z.infer<typeof scopeCode>;

export function countryName(code: ScopeCode): string {
  if (code === AGGREGATE_CODE) return 'Central Asia (all five)';
  return COUNTRIES.find((c) => c.code === code)?.name ?? code;
}

export function countryBySlug(slug: string) {
  const lower = slug.toLowerCase();
  return COUNTRIES.find((c) => c.slug === lower || c.code.toLowerCase() === lower);
}

/** Top-level sectors; the source's own wording stays in `sectorDetail`. */
export const SECTORS = [
  'energy',
  'mining',
  'metals',
  'transport',
  'logistics',
  'industry',
  'manufacturing',
  'petrochemicals',
  'agriculture',
  'education',
  'health',
  'trade',
  'digital',
  'finance',
  'public-works',
  'institutions',
  'other',
] as const;
export const sector = z.enum(SECTORS);
export type Sector = z.infer<typeof sector>;

export const PROJECT_STATUSES = [
  'announced',
  'agreement-signed',
  'pre-construction',
  'under-construction',
  'partly-operating',
  'operating',
  'completed',
  'suspended',
  'cancelled',
] as const;
export const projectStatus = z.enum(PROJECT_STATUSES);
export type ProjectStatus = z.infer<typeof projectStatus>;

/** Calendar year, half, quarter, month, or a year-to-date span such as Jan-Apr. */
export const PERIOD_KINDS = ['year', 'half', 'quarter', 'month', 'ytd'] as const;
export const periodKind = z.enum(PERIOD_KINDS);
export type PeriodKind = z.infer<typeof periodKind>;

/** Whose statistics a trade figure is. Partner codes mean that country's statistics office. */
export const REPORTERS = ['CN', 'KZ', 'KG', 'TJ', 'TM', 'UZ', 'EDB', 'ADB', 'OTHER'] as const;
export const reporter = z.enum(REPORTERS, {
  error: () => `must be one of ${REPORTERS.join(', ')}`,
});
export type Reporter = z.infer<typeof reporter>;

export const REPORTER_LABELS: Record<Reporter, string> = {
  CN: 'China (customs / commerce ministry)',
  KZ: 'Kazakhstan statistics',
  KG: 'Kyrgyzstan statistics',
  TJ: 'Tajikistan statistics',
  TM: 'Turkmenistan (official)',
  UZ: 'Uzbekistan statistics',
  EDB: 'Eurasian Development Bank',
  ADB: 'Asian Development Bank',
  OTHER: 'Other',
};

/** How a source stated a number: "exceeded $44bn" is `more-than 44bn`, not 44bn; "under $8bn" is `less-than`. */
export const QUALIFIERS = ['exact', 'about', 'more-than', 'less-than', 'at-most'] as const;
export const qualifier = z.enum(QUALIFIERS);
export type Qualifier = z.infer<typeof qualifier>;

export const DATE_PRECISIONS = ['day', 'month', 'year'] as const;
export const datePrecision = z.enum(DATE_PRECISIONS);
export type DatePrecision = z.infer<typeof datePrecision>;

export const INVESTMENT_METRICS = [
  'fdi-stock',
  'fdi-flow',
  'cumulative-investment',
  'loan',
  'grant',
  'company-count',
  'other',
] as const;
export const investmentMetric = z.enum(INVESTMENT_METRICS);
export type InvestmentMetric = z.infer<typeof investmentMetric>;

export const INVESTMENT_METRIC_LABELS: Record<InvestmentMetric, string> = {
  'fdi-stock': 'FDI stock',
  'fdi-flow': 'FDI flow',
  'cumulative-investment': 'Cumulative investment',
  loan: 'Loan',
  grant: 'Grant',
  'company-count': 'Company count',
  other: 'Other',
};

/**
 * What an investment figure covers. Only figures of the same coverage (and kind) are compared: China's
 * investment into a whole country is not the same quantity as China's into one sector, nor as all
 * countries' investment into a country.
 */
export const INVESTMENT_COVERAGES = [
  'china-country',
  'china-sector',
  'all-origins',
  'other',
] as const;
export const investmentCoverage = z.enum(INVESTMENT_COVERAGES, {
  error: () => `must be one of ${INVESTMENT_COVERAGES.join(', ')}`,
});
export type InvestmentCoverage = z.infer<typeof investmentCoverage>;

export const INVESTMENT_COVERAGE_LABELS: Record<InvestmentCoverage, string> = {
  'china-country': 'China into the whole country',
  'china-sector': 'China into one sector or project',
  'all-origins': 'All origins into a country or sector',
  // Short enough for a filter checkbox on a phone (375 px): the labels do not wrap.
  other: 'Other (contracts, portfolios, debt)',
};

export const MILESTONE_KINDS = [
  'agreement',
  'financing',
  'construction-start',
  // A ceremony or an "official launch" that starts no operation (see milestoneKindOf).
  'launch-ceremony',
  'commissioning',
  'operation',
  'other',
] as const;
export const milestoneKind = z.enum(MILESTONE_KINDS);
export type MilestoneKind = z.infer<typeof milestoneKind>;

/**
 * How much a source can be trusted for a figure, best first: the statistics office or customs that
 * compiles it, an official who states it, a major newsroom, a secondary or aggregating page, and a page
 * nobody stands behind (anonymous, scraped or machine-made). The order is the order of preference.
 */
export const SOURCE_GRADES = [
  'official-statistics',
  'official-statement',
  'major-media',
  'secondary',
  'weak',
] as const;
export const sourceGrade = z.enum(SOURCE_GRADES, {
  error: () => `must be one of ${SOURCE_GRADES.join(', ')}`,
});
export type SourceGrade = z.infer<typeof sourceGrade>;

/** Short enough for a badge beside a source link. */
export const SOURCE_GRADE_LABELS: Record<SourceGrade, string> = {
  'official-statistics': 'Official statistics',
  'official-statement': 'Official statement',
  'major-media': 'Major media',
  secondary: 'Secondary',
  weak: 'Weak',
};

export const EVENT_KINDS = [
  'summit',
  'treaty',
  'agreement',
  'partnership',
  'mechanism',
  'initiative',
  'diplomatic',
  'people',
  'other',
] as const;
export const eventKind = z.enum(EVENT_KINDS);
export type EventKind = z.infer<typeof eventKind>;

/** What a project's stated value is: a total cost and a loan are different numbers. */
export const PROJECT_VALUE_KINDS = [
  'total-cost',
  'investment',
  'loan',
  'grant',
  'contract',
  'phase-cost',
  'other',
] as const;
export const projectValueKind = z.enum(PROJECT_VALUE_KINDS);
export type ProjectValueKind = z.infer<typeof projectValueKind>;

/**
 * The facts of a project that sources report, each of which may carry several cited reports. Planned and
 * actual dates are separate facts (as AidData records them): a plan restated later is another planned report.
 */
export const PROJECT_FACTS = [
  'value',
  'status',
  'planned-start',
  'actual-start',
  'planned-completion',
  'actual-completion',
] as const;
export const projectFact = z.enum(PROJECT_FACTS);
export type ProjectFact = z.infer<typeof projectFact>;
export const PROJECT_FACT_LABELS: Record<ProjectFact, string> = {
  value: 'Value',
  status: 'Status',
  'planned-start': 'Planned start',
  'actual-start': 'Actual start',
  'planned-completion': 'Planned completion',
  'actual-completion': 'Actual completion',
};
export const DATE_FACTS = [
  'planned-start',
  'actual-start',
  'planned-completion',
  'actual-completion',
] as const satisfies readonly ProjectFact[];

/** Where a project's coordinates came from. */
export const LOCATION_BASES = ['source', 'approximate-city', 'other'] as const;
export const locationBasis = z.enum(LOCATION_BASES);
export type LocationBasis = z.infer<typeof locationBasis>;

export const ROLES = ['viewer', 'editor', 'admin'] as const;
export const role = z.enum(ROLES);
export type Role = z.infer<typeof role>;

/** Record kinds that can cite a source and appear in the audit log. */
export const RECORD_KINDS = [
  'source',
  'trade-report',
  'investment',
  'project',
  'project-fact',
  'milestone',
  'event',
  'indicator',
  'user',
] as const;
export const recordKind = z.enum(RECORD_KINDS);
export type RecordKind = z.infer<typeof recordKind>;

/** What an audit entry records: a change to one record, or the whole starter dataset ('seed'). */
export const AUDIT_ACTIONS = [
  'create',
  'update',
  'delete',
  'restore',
  'import',
  'seed',
  'prefer',
] as const;
export const auditAction = z.enum(AUDIT_ACTIONS);
export type AuditAction = z.infer<typeof auditAction>;
