import { openPostgres } from '@tianshan/db/postgres/client';
import { copyDatabase } from '@tianshan/db/postgres/copy/copy-database';
import { mismatchedTables } from '@tianshan/db/postgres/copy/report';
import { uniqueTag } from './unique';

/**
 * A new database on the PostgreSQL server `sharedUrl` names, filled with `db:copy` from the SQLite `file`;
 * returns its URL. The e2e server's role made the cluster (`postgres-for-e2e.ts`), so it may create databases.
 */
export async function copyToNewPostgresDatabase(file: string, sharedUrl: string): Promise<string> {
  const name = `tianshan_own_${uniqueTag()
    .replace(/[^a-z0-9]/gi, '_')
    .toLowerCase()}`;
  const maintenance = new URL(sharedUrl);
  maintenance.pathname = '/postgres';
  const admin = openPostgres(maintenance.href, { max: 1, applicationName: 'tianshan-e2e' });
  try {
    await admin.$client.query(`CREATE DATABASE "${name}"`);
  } finally {
    await admin.$client.end();
  }
  const url = new URL(sharedUrl);
  url.pathname = `/${name}`;
  const outcome = await copyDatabase({ from: file, to: url.href });
  if (!outcome.committed) throw new Error(`copy mismatch: ${mismatchedTables(outcome).join(', ')}`);
  return url.href;
}
