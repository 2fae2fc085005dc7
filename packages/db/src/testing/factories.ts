import { randomBytes } from 'node:crypto';
import type {
  CitationInput,
  EventInput,
  IndicatorInput,
  InvestmentInput,
  MilestoneInput,
  ProjectFactInput,
  ProjectInput,
  SourceInput,
  TradeReportInput,
} from '@tianshan/model';
import type { Db } from '../client';
import type { Actor } from '../write/audit';
import type { CitedKindName } from '../write/record-kinds';
import { createRecordSync, type WriteOptions } from '../write/records';
import { createSourceSync as writeSource } from '../write/source-records';

/**
 * Valid inputs for every record kind, as the admin form and the API receive them: each cites a new source
 * of its own, and names that must be unique carry a fresh suffix, so tests (and parallel e2e workers) never
 * collide with each other or with the starter data. Override any field; `create…` helpers write through
 * the real write layer (validation, citations, audit), exactly as an edit or an import does.
 */

let sequence = 0;

/** A suffix unique within this process and, through the random part, across processes. */
export function uniqueSuffix(): string {
  sequence += 1;
  return `${sequence}-${randomBytes(4).toString('hex')}`;
}

export function aSource(overrides: Partial<SourceInput> = {}): SourceInput {
  const suffix = uniqueSuffix();
  return {
    title: `Test source ${suffix}`,
    publisher: 'Test publisher',
    url: `https://example.org/test-source/${suffix}`,
    publishedOn: '2026-01',
    ...overrides,
  };
}

export function aCitation(overrides: Partial<CitationInput> = {}): CitationInput {
  return overrides.sourceId !== undefined
    ? { ...overrides }
    : { newSource: aSource(), ...overrides };
}

export function aTradeReport(overrides: Partial<TradeReportInput> = {}): TradeReportInput {
  return {
    scope: 'KG',
    year: 2026,
    period: 'FY',
    reporter: 'CN',
    totalUsd: 1_000_000_000,
    qualifier: 'exact',
    citations: [aCitation()],
    ...overrides,
  };
}

export function anInvestment(overrides: Partial<InvestmentInput> = {}): InvestmentInput {
  return {
    scope: 'KG',
    year: 2026,
    asOf: '2026',
    metricKind: 'fdi-stock',
    metricLabel: `Test FDI stock ${uniqueSuffix()}`,
    amountUsd: 500_000_000,
    qualifier: 'exact',
    citations: [aCitation()],
    ...overrides,
  };
}

export function aProject(overrides: Partial<ProjectInput> = {}): ProjectInput {
  return {
    name: `Test project ${uniqueSuffix()}`,
    countries: ['KG'],
    sector: 'energy',
    status: 'operating',
    startedOn: '2026-01',
    citations: [aCitation()],
    ...overrides,
  };
}

/** A milestone of `projectId` (no default: a milestone only exists on a live project). */
export function aMilestone(
  overrides: Partial<MilestoneInput> & Pick<MilestoneInput, 'projectId'>,
): MilestoneInput {
  return {
    date: '2026-02',
    kind: 'agreement',
    description: `Test milestone ${uniqueSuffix()}`,
    citations: [aCitation()],
    ...overrides,
  };
}

export function aProjectFact(
  overrides: Partial<ProjectFactInput> & Pick<ProjectFactInput, 'projectId'>,
): ProjectFactInput {
  return {
    fact: 'planned-completion',
    valueUsd: null,
    valueKind: null,
    status: null,
    date: '2027',
    qualifier: 'exact',
    statedAs: null,
    notes: null,
    citations: [aCitation()],
    ...overrides,
  };
}

export function anEvent(overrides: Partial<EventInput> = {}): EventInput {
  return {
    countries: ['KG'],
    date: '2026-03',
    kind: 'summit',
    description: `Test event ${uniqueSuffix()}`,
    citations: [aCitation()],
    ...overrides,
  };
}

export function anIndicator(overrides: Partial<IndicatorInput> = {}): IndicatorInput {
  return {
    scope: 'KG',
    asOf: '2026',
    metric: `Test metric ${uniqueSuffix()}`,
    value: '12.5',
    unit: 'count',
    qualifier: 'exact',
    citations: [aCitation()],
    ...overrides,
  };
}

const TEST_ACTOR: Actor = { userId: null, label: 'test factory' };
const writeOptions = (options: Partial<WriteOptions>): WriteOptions => ({
  actor: TEST_ACTOR,
  ...options,
});

export const createTradeReport = (
  db: Db,
  overrides: Partial<TradeReportInput> = {},
  options: Partial<WriteOptions> = {},
) => createRecordSync(db, 'trade-report', aTradeReport(overrides), writeOptions(options));

export const createInvestment = (
  db: Db,
  overrides: Partial<InvestmentInput> = {},
  options: Partial<WriteOptions> = {},
) => createRecordSync(db, 'investment', anInvestment(overrides), writeOptions(options));

export const createProject = (
  db: Db,
  overrides: Partial<ProjectInput> = {},
  options: Partial<WriteOptions> = {},
) => createRecordSync(db, 'project', aProject(overrides), writeOptions(options));

/** Creates a project of its own unless `projectId` names one. */
export function createMilestone(
  db: Db,
  overrides: Partial<MilestoneInput> = {},
  options: Partial<WriteOptions> = {},
): number {
  const projectId = overrides.projectId ?? createProject(db, {}, options);
  return createRecordSync(
    db,
    'milestone',
    aMilestone({ ...overrides, projectId }),
    writeOptions(options),
  );
}

/** Creates a project of its own unless `projectId` names one. */
export function createProjectFact(
  db: Db,
  overrides: Partial<ProjectFactInput> = {},
  options: Partial<WriteOptions> = {},
): number {
  const projectId = overrides.projectId ?? createProject(db, {}, options);
  return createRecordSync(
    db,
    'project-fact',
    aProjectFact({ ...overrides, projectId }),
    writeOptions(options),
  );
}

export const createEvent = (
  db: Db,
  overrides: Partial<EventInput> = {},
  options: Partial<WriteOptions> = {},
) => createRecordSync(db, 'event', anEvent(overrides), writeOptions(options));

export const createIndicator = (
  db: Db,
  overrides: Partial<IndicatorInput> = {},
  options: Partial<WriteOptions> = {},
) => createRecordSync(db, 'indicator', anIndicator(overrides), writeOptions(options));

export const createSource = (
  db: Db,
  overrides: Partial<SourceInput> = {},
  options: Partial<WriteOptions> = {},
) => writeSource(db, aSource(overrides), writeOptions(options));

/** Creates one record of `kind` with default fields: for tests that run the same check over every kind. */
export const CREATE_BY_KIND: Record<CitedKindName, (db: Db) => number> = {
  'trade-report': (db) => createTradeReport(db),
  investment: (db) => createInvestment(db),
  project: (db) => createProject(db),
  'project-fact': (db) => createProjectFact(db),
  milestone: (db) => createMilestone(db),
  event: (db) => createEvent(db),
  indicator: (db) => createIndicator(db),
};
