import { and, eq, getTableColumns, sql, type Column } from 'drizzle-orm';
import { asSnapshot, type Row, type Snapshot } from '../write/record-parts';
import { idOf, tableOf } from '../write/step/kind-tables';
import { selectStep, type Step } from '../write/step/step';
import type { WriteDialect } from '../write/step/write-dialect';
import type { ImportKind } from './row-mapping';

/** `column = ANY($1)`: one parameter for the whole list, on PostgreSQL. */
const anyOf = (column: Column, ids: readonly number[]) =>
  sql`${column} = ANY(${sql.param(ids)}::int[])`;

/**
 * The records a preview's rows would change, as `snapshotStep` reads each (row, countries, sources), for a
 * list of ids in three statements on PostgreSQL, where a statement per record and table is a round trip each.
 */
export function* storedSnapshotsStep(
  w: WriteDialect,
  kind: ImportKind,
  ids: readonly number[],
): Step<Map<number, Snapshot>> {
  const found = new Map<number, Snapshot>();
  if (ids.length === 0) return found;
  const table = tableOf(w.tables, kind);
  const rows = yield* selectStep(
    getTableColumns(table),
    sql`FROM ${table} WHERE ${anyOf(idOf(w.tables, kind), ids)}`,
  );
  const { citations, projectCountries } = w.tables;
  const cited = yield* selectStep(
    { recordId: citations.recordId, sourceId: citations.sourceId },
    sql`FROM ${citations} WHERE ${and(eq(citations.recordKind, kind), anyOf(citations.recordId, ids))}`,
  );
  const countries =
    kind === 'project'
      ? yield* selectStep(
          { id: projectCountries.projectId, country: projectCountries.country },
          sql`FROM ${projectCountries} WHERE ${anyOf(projectCountries.projectId, ids)}`,
        )
      : [];
  const sourcesOf = groupBy(
    cited,
    (c) => c.recordId,
    (c) => c.sourceId,
  );
  const countriesOf = groupBy(
    countries,
    (c) => c.id,
    (c) => c.country,
  );
  for (const row of rows as Row[])
    found.set(row.id, asSnapshot(kind, row, countriesOf.get(row.id), sourcesOf.get(row.id) ?? []));
  return found;
}

function groupBy<T, V>(items: readonly T[], key: (item: T) => number, value: (item: T) => V) {
  const groups = new Map<number, V[]>();
  for (const item of items) {
    const list = groups.get(key(item));
    if (list) list.push(value(item));
    else groups.set(key(item), [value(item)]);
  }
  return groups;
}
