import { and, eq, isNotNull, isNull, or, sql, type SQL } from 'drizzle-orm';
import type { InvestmentCoverage } from '@tianshan/model';
import { readerOf, type Database, type Reader } from './reader/reader';
import { selectRows } from './reader/selection';

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

const value = (name: string) => sql.placeholder(name);

function tradeDuplicates(reader: Reader, p: Extract<DuplicateParams, { kind: 'trade-report' }>) {
  const { tradeReports: t } = reader.tables;
  const flows = p.flows.map((f) => isNotNull(t[f]));
  return selectRows(
    reader,
    `trade duplicates ${Boolean(p.productCode)} ${p.flows.join()}`,
    {
      id: t.id,
      label: sql<string>`${t.scope} || ' ' || ${t.year} || ' ' || ${t.period} || ', ' || ${t.reporter}`,
    },
    () =>
      sql`FROM ${t} WHERE ${and(
        isNull(t.deletedAt),
        eq(t.scope, value('scope')),
        eq(t.year, value('year')),
        eq(t.period, value('period')),
        eq(t.reporter, value('reporter')),
        p.productCode ? eq(t.productCode, value('productCode')) : isNull(t.productCode),
        flows.length ? or(...flows) : undefined,
      )} LIMIT ${LIMIT}`,
    {
      scope: p.scope,
      year: p.year,
      period: p.period,
      reporter: p.reporter,
      productCode: p.productCode,
    },
  );
}

function investmentDuplicates(reader: Reader, p: Extract<DuplicateParams, { kind: 'investment' }>) {
  const { investments: i } = reader.tables;
  return selectRows(
    reader,
    `investment duplicates ${Boolean(p.asOf)} ${Boolean(p.coverage)}`,
    {
      id: i.id,
      label: sql<string>`${i.scope} || ' ' || ${i.asOf} || ', ' || ${i.metricLabel}`,
    },
    () =>
      sql`FROM ${i} WHERE ${and(
        isNull(i.deletedAt),
        eq(i.scope, value('scope')),
        eq(i.year, value('year')),
        eq(i.metricKind, value('metricKind')),
        p.asOf ? eq(i.asOf, value('asOf')) : undefined,
        p.coverage ? eq(i.coverage, value('coverage')) : undefined,
      )} LIMIT ${LIMIT}`,
    { scope: p.scope, year: p.year, metricKind: p.metricKind, asOf: p.asOf, coverage: p.coverage },
  );
}

/**
 * "Khorgos  Gateway" and "khorgos gateway" are one project to a reader: compared without case or spaces.
 * The tab is spelled `char(9)` in SQLite and `chr(9)` in PostgreSQL, so it is bound instead.
 */
const squeezed = (text: SQL) => sql`lower(replace(replace(${text}, ' ', ''), ${'\t'}, ''))`;

function projectDuplicates(reader: Reader, p: Extract<DuplicateParams, { kind: 'project' }>) {
  const { projects } = reader.tables;
  return selectRows(
    reader,
    'project duplicates',
    { id: projects.id, label: projects.name },
    () =>
      sql`FROM ${projects} WHERE ${and(
        isNull(projects.deletedAt),
        sql`${squeezed(sql`${projects.name}`)} = ${squeezed(sql`${value('name')}`)}`,
      )} LIMIT ${LIMIT}`,
    { name: p.name },
  );
}

/**
 * Live records that already hold the figure an editor is about to add. A warning, never a refusal: two
 * reports of one figure are legitimate (trade statistics are revised and re-reported).
 */
export async function findDuplicates(db: Database, params: DuplicateParams): Promise<Duplicate[]> {
  const reader = readerOf(db);
  switch (params.kind) {
    case 'trade-report':
      return tradeDuplicates(reader, params);
    case 'investment':
      return investmentDuplicates(reader, params);
    case 'project':
      return params.name.trim() ? projectDuplicates(reader, params) : [];
  }
}
