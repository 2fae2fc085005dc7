import type { SQLiteTable } from 'drizzle-orm/sqlite-core';
import type { z } from 'zod';
import {
  eventInput,
  indicatorInput,
  investmentInput,
  milestoneInput,
  parsePeriod,
  projectFactInput,
  projectInput,
  tradeReportInput,
  type RecordKind,
} from '@tianshan/model';
import {
  events,
  indicators,
  investments,
  milestones,
  projectFactReports,
  projects,
  tradeReports,
} from '../schema';

/**
 * How each kind of cited record maps from its validated form input to its table row. Everything else —
 * transactions, citations, audit, soft delete — is shared (see records.ts).
 */
/** A record's input once its schema passed it: the fields (by the descriptor), its citations, its countries. */
export type ValidInput = Readonly<Record<string, unknown>> & {
  citations?: unknown;
  countries?: unknown;
};

export interface CitedKind<Schema extends z.ZodTypeAny = z.ZodTypeAny> {
  kind: RecordKind;
  table: SQLiteTable & { id: unknown; deletedAt: unknown };
  schema: Schema;
  toRow: (input: ValidInput) => Record<string, unknown>;
  /** Countries live in a join table for projects and events. */
  countries?: 'project' | 'event';
  /** Belongs to a live project (`projectId`), which an import may name instead (`project_name`). */
  ofProject?: true;
}

/** The input without the named fields, as a plain loop: a rest pattern was a tenth of an import's commit. */
function without(input: ValidInput, ...fields: string[]): Record<string, unknown> {
  const rest: Record<string, unknown> = {};
  for (const key in input) if (!fields.includes(key)) rest[key] = input[key];
  return rest;
}
const withoutCitations = (input: ValidInput) => without(input, 'citations');
const withoutCitationsOrCountries = (input: ValidInput) => without(input, 'citations', 'countries');

export const CITED_KINDS = {
  'trade-report': {
    kind: 'trade-report',
    table: tradeReports,
    schema: tradeReportInput,
    toRow: (input) => {
      const period = parsePeriod(String(input.period));
      const row = withoutCitations(input);
      row.periodKind = period?.kind;
      row.periodEndMonth = period?.endMonth;
      return row;
    },
  } satisfies CitedKind<typeof tradeReportInput>,
  investment: {
    kind: 'investment',
    table: investments,
    schema: investmentInput,
    toRow: withoutCitations,
  } satisfies CitedKind<typeof investmentInput>,
  project: {
    kind: 'project',
    table: projects,
    schema: projectInput,
    toRow: withoutCitationsOrCountries,
    countries: 'project',
  } satisfies CitedKind<typeof projectInput>,
  'project-fact': {
    kind: 'project-fact',
    table: projectFactReports,
    schema: projectFactInput,
    toRow: withoutCitations,
    ofProject: true,
  } satisfies CitedKind<typeof projectFactInput>,
  milestone: {
    kind: 'milestone',
    table: milestones,
    schema: milestoneInput,
    toRow: withoutCitations,
    ofProject: true,
  } satisfies CitedKind<typeof milestoneInput>,
  event: {
    kind: 'event',
    table: events,
    schema: eventInput,
    toRow: withoutCitationsOrCountries,
    countries: 'event',
  } satisfies CitedKind<typeof eventInput>,
  indicator: {
    kind: 'indicator',
    table: indicators,
    schema: indicatorInput,
    toRow: withoutCitations,
  } satisfies CitedKind<typeof indicatorInput>,
} as const;

export type CitedKindName = keyof typeof CITED_KINDS;
/** A kind's input as its schema returns it: what the write layer accepts again as input. */
export type KindOutput<K extends CitedKindName = CitedKindName> = z.output<
  (typeof CITED_KINDS)[K]['schema']
>;
export const CITED_KIND_NAMES = Object.keys(CITED_KINDS) as CitedKindName[];

/** Kinds whose records belong to a project: milestones and project fact reports. */
export const isOfProject = (kind: CitedKindName): boolean => 'ofProject' in CITED_KINDS[kind];
