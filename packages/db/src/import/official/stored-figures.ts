import { and, eq, isNull, sql } from 'drizzle-orm';
import type { Database } from '../../database';
import { readerOf } from '../../queries/reader/reader';
import { selectRows } from '../../queries/reader/selection';
import type { FigureGroup } from './figure-store';

interface StoredReport {
  id: number;
  totalUsd: number | null;
  chinaExportsUsd: number | null;
  chinaImportsUsd: number | null;
  qualifier: string;
  sourceTitle: string;
}

/** Official downloads are cited by sources titled "<database>: <query>" (see official-source.ts). */
const OFFICIAL_TITLE_PREFIXES = ['UN Comtrade:', 'IMF International Trade in Goods (IMTS):'];

/** Every live report of the same figure (reporter, partner, period, product), with the sources it cites. */
function reportsOfKey(db: Database, group: FigureGroup): Promise<StoredReport[]> {
  const reader = readerOf(db);
  const { tradeReports: t, citations: c, sources: s } = reader.tables;
  return selectRows(
    reader,
    'official: reports of one figure',
    {
      id: t.id,
      totalUsd: t.totalUsd,
      chinaExportsUsd: t.chinaExportsUsd,
      chinaImportsUsd: t.chinaImportsUsd,
      qualifier: t.qualifier,
      sourceTitle: s.title,
    },
    () =>
      sql`FROM ${t} JOIN ${c} ON ${and(eq(c.recordKind, 'trade-report'), eq(c.recordId, t.id))} JOIN ${s} ON ${eq(s.id, c.sourceId)} WHERE ${and(
        isNull(t.deletedAt),
        eq(t.scope, sql.placeholder('scope')),
        eq(t.year, sql.placeholder('year')),
        eq(t.period, sql.placeholder('period')),
        eq(t.reporter, sql.placeholder('reporter')),
      )} AND ${t.productCode} IS NOT DISTINCT FROM ${sql.placeholder('product')}`,
    {
      scope: group.scope,
      year: group.year,
      period: group.period,
      reporter: group.reporter,
      product: group.productCode,
    },
  );
}

export interface Disagreement {
  line: number;
  figure: string;
  field: 'totalUsd' | 'chinaExportsUsd' | 'chinaImportsUsd';
  official: number;
  stored: number;
  qualifier: string;
  recordId: number;
  source: string;
}

/** A stated figure is rounded ("about $1.2bn"): only a gap beyond its rounding, or a broken bound, counts. */
function disagrees(official: number, stored: number, qualifier: string): boolean {
  if (qualifier === 'more-than') return official < stored;
  if (qualifier === 'at-most') return official > stored;
  const tolerance = qualifier === 'about' ? 0.05 : 0.01;
  return Math.abs(official - stored) > tolerance * Math.max(stored, 1);
}

interface Comparison {
  /** The report an earlier download of the same database gave for this figure: the file revises it. */
  revises: number | null;
  disagreements: Disagreement[];
}

/** Compares one official figure with what is stored: an earlier download to revise, media figures to check. */
export async function compareWithStored(
  db: Database,
  group: FigureGroup & { totalUsd: number | null },
  databaseName: string,
  label: string,
): Promise<Comparison> {
  const byRecord = new Map<number, StoredReport & { official: boolean; sameDatabase: boolean }>();
  for (const r of await reportsOfKey(db, group)) {
    const known = byRecord.get(r.id) ?? { ...r, official: false, sameDatabase: false };
    known.official ||= OFFICIAL_TITLE_PREFIXES.some((p) => r.sourceTitle.startsWith(p));
    known.sameDatabase ||= r.sourceTitle.startsWith(`${databaseName}:`);
    if (!known.official) known.sourceTitle = r.sourceTitle;
    byRecord.set(r.id, known);
  }
  let revises: number | null = null;
  const disagreements: Disagreement[] = [];
  for (const r of byRecord.values()) {
    if (r.sameDatabase) {
      revises = Math.max(revises ?? 0, r.id);
      continue;
    }
    if (r.official) continue;
    const pairs = [
      ['totalUsd', group.totalUsd, r.totalUsd],
      ['chinaExportsUsd', group.exportsUsd, r.chinaExportsUsd],
      ['chinaImportsUsd', group.importsUsd, r.chinaImportsUsd],
    ] as const;
    for (const [field, official, stored] of pairs)
      if (official !== null && stored !== null && disagrees(official, stored, r.qualifier))
        disagreements.push({
          line: group.line,
          figure: label,
          field,
          official,
          stored,
          qualifier: r.qualifier,
          recordId: r.id,
          source: r.sourceTitle,
        });
  }
  return { revises, disagreements };
}
