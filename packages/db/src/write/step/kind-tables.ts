import { getTableColumns, type Column } from 'drizzle-orm';
import type { RecordKind } from '@tianshan/model';
import type { Tables } from '../../queries/reader/reader';
import type { CitedKindName } from '../record-kinds';

/** Each editable kind's table, by its name in either schema (`WriteDialect.tables`). */
const TABLE_NAMES = {
  'trade-report': 'tradeReports',
  investment: 'investments',
  project: 'projects',
  'project-fact': 'projectFactReports',
  milestone: 'milestones',
  event: 'events',
  indicator: 'indicators',
  source: 'sources',
} as const satisfies Record<CitedKindName | 'source', keyof Tables>;

export type VersionedKind = keyof typeof TABLE_NAMES & RecordKind;

export function tableOf(tables: Tables, kind: VersionedKind) {
  return tables[TABLE_NAMES[kind]];
}

/** The id column, named alike in every editable table. */
export function idOf(tables: Tables, kind: VersionedKind): Column {
  const id = getTableColumns(tableOf(tables, kind)).id;
  if (!id) throw new Error(`${kind} has no id column`);
  return id;
}
