import type { Database } from '../../database';
import type { FigureStore } from './figure-store';
import { compareWithStored, type Disagreement } from './stored-figures';

const COLUMNS = [
  'id',
  'country_iso2',
  'year',
  'period',
  'reporter',
  'product_code',
  'total_usd',
  'china_exports_usd',
  'china_imports_usd',
  'qualifier',
  'notes',
  'source_title',
];

const quoted = (v: string) => `"${v.replace(/"/g, '""')}"`;

/**
 * The paired figures as the project's own trade CSV, generated lazily a block at a time. Each row revises
 * the report an earlier download of the same database gave (its id), or is new. The total is the sum of
 * the two flows where the file gives both: both are the database's own figures.
 */
export async function* tradeRowsCsv(
  db: Database,
  store: FigureStore,
  databaseName: string,
  hooks: { onGroup: (line: number) => void; onDisagreement: (d: Disagreement) => void },
): AsyncGenerator<string> {
  let block = `${COLUMNS.join(',')}\n`;
  for (const group of store.groups()) {
    const both = group.exportsUsd !== null && group.importsUsd !== null;
    const totalUsd = both ? (group.exportsUsd ?? 0) + (group.importsUsd ?? 0) : null;
    const label = `${group.scope} ${group.year} ${group.period} ${group.productCode ?? 'all goods'} (${group.reporter})`;
    const { revises, disagreements } = await compareWithStored(
      db,
      { ...group, totalUsd },
      databaseName,
      label,
    );
    for (const d of disagreements) hooks.onDisagreement(d);
    hooks.onGroup(group.line);
    const notes = both
      ? `${databaseName}; total is exports plus imports as reported.`
      : `${databaseName}.`;
    block += `${[
      revises ?? '',
      group.scope,
      group.year,
      group.period,
      group.reporter,
      group.productCode ?? '',
      totalUsd ?? '',
      group.exportsUsd ?? '',
      group.importsUsd ?? '',
      'exact',
      quoted(notes),
      quoted(databaseName),
    ].join(',')}\n`;
    if (block.length >= 1 << 16) {
      yield block;
      block = '';
    }
  }
  if (block) yield block;
}
