import { and, eq, isNotNull, isNull, or, sql, type SQL } from 'drizzle-orm';
import type { InvestmentCoverage } from '@tianshan/model';
import type { Db } from '../client';
import { investments, projects, tradeReports } from '../schema';

/** The fields that make two records the same figure, per kind; what the add form has typed so far. */
export type DuplicateParams =
  | {
      kind: 'trade-report';
      scope: string;
      year: number;
      period: string;
      reporter: string;
      productCode?: string | null;
      /** Which flows the new report states: a report of exports does not repeat one of imports. */
      flows: readonly ('totalUsd' | 'chinaExportsUsd' | 'chinaImportsUsd')[];
    }
  | {
      kind: 'investment';
      scope: string;
      year: number;
      metricKind: string;
      asOf?: string | null;
      coverage?: InvestmentCoverage | null;
    }
  | { kind: 'project'; name: string };

export interface Duplicate {
  id: number;
  label: string;
}

const LIMIT = 10;

function tradeDuplicates(db: Db, p: Extract<DuplicateParams, { kind: 'trade-report' }>) {
  const flows = p.flows.map((f) => isNotNull(tradeReports[f]));
  return db
    .select({
      id: tradeReports.id,
      label: sql<string>`${tradeReports.scope} || ' ' || ${tradeReports.year} || ' ' || ${tradeReports.period} || ', ' || ${tradeReports.reporter}`,
    })
    .from(tradeReports)
    .where(
      and(
        isNull(tradeReports.deletedAt),
        eq(tradeReports.scope, p.scope),
        eq(tradeReports.year, p.year),
        eq(tradeReports.period, p.period),
        eq(tradeReports.reporter, p.reporter),
        p.productCode
          ? eq(tradeReports.productCode, p.productCode)
          : isNull(tradeReports.productCode),
        flows.length ? or(...flows) : undefined,
      ),
    )
    .limit(LIMIT)
    .all();
}

function investmentDuplicates(db: Db, p: Extract<DuplicateParams, { kind: 'investment' }>) {
  return db
    .select({
      id: investments.id,
      label: sql<string>`${investments.scope} || ' ' || ${investments.asOf} || ', ' || ${investments.metricLabel}`,
    })
    .from(investments)
    .where(
      and(
        isNull(investments.deletedAt),
        eq(investments.scope, p.scope),
        eq(investments.year, p.year),
        eq(investments.metricKind, p.metricKind),
        p.asOf ? eq(investments.asOf, p.asOf) : undefined,
        p.coverage ? eq(investments.coverage, p.coverage) : undefined,
      ),
    )
    .limit(LIMIT)
    .all();
}

/** "Khorgos  Gateway" and "khorgos gateway" are one project to a reader: compared without case or spaces. */
const squeezed = (value: SQL | string) =>
  sql`lower(replace(replace(${value}, ' ', ''), char(9), ''))`;

function projectDuplicates(db: Db, p: Extract<DuplicateParams, { kind: 'project' }>) {
  return db
    .select({ id: projects.id, label: projects.name })
    .from(projects)
    .where(
      and(
        isNull(projects.deletedAt),
        sql`${squeezed(sql`${projects.name}`)} = ${squeezed(p.name)}`,
      ),
    )
    .limit(LIMIT)
    .all();
}

/**
 * Live records that already hold the figure an editor is about to add. A warning, never a refusal: two
 * reports of one figure are legitimate (trade statistics are revised and re-reported).
 */
export async function findDuplicates(db: Db, params: DuplicateParams): Promise<Duplicate[]> {
  switch (params.kind) {
    case 'trade-report':
      return tradeDuplicates(db, params);
    case 'investment':
      return investmentDuplicates(db, params);
    case 'project':
      return params.name.trim() ? projectDuplicates(db, params) : [];
  }
}
