import type { ClientBase } from 'pg';
import type { CopiedTable } from './copy-plan';
import { digestRows, type TableDigest } from './digest';
import { postgresRows } from './postgres-rows';
import type { SqliteSource } from './sqlite-source';

export interface TableCheck {
  table: string;
  sqlite: TableDigest;
  postgres: TableDigest;
  matches: boolean;
}

/** Row count and checksum of every copied table on both sides, computed the same way. */
export async function compareTables(
  source: SqliteSource,
  client: ClientBase,
  tables: CopiedTable[],
): Promise<TableCheck[]> {
  const checks: TableCheck[] = [];
  for (const { shape } of tables) {
    const sqlite = await digestRows(source.rows(shape), shape.columns);
    const postgres = await digestRows(postgresRows(client, shape), shape.columns);
    const matches = sqlite.rows === postgres.rows && sqlite.sha256 === postgres.sha256;
    checks.push({ table: shape.name, sqlite, postgres, matches });
  }
  return checks;
}
