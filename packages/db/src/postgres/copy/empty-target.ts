import type { ClientBase } from 'pg';
import { CopyError } from './copy-error';
import { quoteIdentifier } from './sql-text';

/**
 * Refuses a target that holds anything but an empty Tianshan schema: tables of another application, or
 * any row in ours (a second copy into the same database, say). An empty database, or one whose migrations
 * ran but that holds no rows, is accepted.
 */
export async function assertEmptyTarget(
  client: ClientBase,
  tianshanTables: string[],
): Promise<void> {
  const relations = await client.query<{ schema: string; name: string }>(
    `SELECT n.nspname AS schema, c.relname AS name
       FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE c.relkind IN ('r', 'p', 'v', 'm', 'f')
        AND n.nspname NOT IN ('pg_catalog', 'information_schema')
        AND n.nspname NOT LIKE 'pg\\_%'
      ORDER BY 1, 2`,
  );
  const ours = new Set(tianshanTables);
  const isOurs = (r: { schema: string; name: string }) =>
    (r.schema === 'public' && ours.has(r.name)) ||
    (r.schema === 'drizzle' && r.name === '__drizzle_migrations');
  const foreign = relations.rows.filter((r) => !isOurs(r)).map((r) => `${r.schema}.${r.name}`);
  if (foreign.length > 0) {
    throw new CopyError(
      `the target database holds tables Tianshan did not create (${listed(foreign)}); ` +
        'db:copy only fills an empty database',
    );
  }
  const filled: string[] = [];
  for (const { schema, name } of relations.rows) {
    if (schema !== 'public') continue;
    const found = await client.query(`SELECT 1 FROM ${quoteIdentifier(name)} LIMIT 1`);
    if (found.rowCount) filled.push(name);
  }
  if (filled.length > 0) {
    throw new CopyError(
      `the target database already holds data (${listed(filled)}); db:copy only fills an empty ` +
        'database: drop and re-create it to copy again',
    );
  }
}

function listed(names: string[]): string {
  return names.length > 5
    ? `${names.slice(0, 5).join(', ')} and ${names.length - 5} more`
    : names.join(', ');
}
