import { parseArgs } from 'node:util';
import { pathFromInvocation } from '../env';
import { backupDatabase } from '../maintenance/backup';
import { sqliteFileFor } from './sqlite-file';

/** pnpm db:backup --out backups/tianshan-2026-11-25.db — safe while the dashboard runs and writes. */
const { values } = parseArgs({ options: { out: { type: 'string' } } });
if (!values.out) {
  console.error('usage: pnpm db:backup --out <new file>');
  process.exit(2);
}
const destination = pathFromInvocation(values.out);
try {
  const source = sqliteFileFor('db:backup', 'Back up PostgreSQL with pg_dump (see the README).');
  const started = Date.now();
  const { counts } = backupDatabase(source, destination);
  console.log(
    `backed up ${source} to ${destination} in ${Date.now() - started} ms; integrity ok`,
    counts,
  );
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
