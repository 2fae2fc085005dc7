import { parseArgs } from 'node:util';
import { databasePath, pathFromInvocation } from '../env';
import { backupDatabase } from '../maintenance/backup';

/** pnpm db:backup --out backups/tianshan-2026-11-25.db — safe while the dashboard runs and writes. */
const { values } = parseArgs({ options: { out: { type: 'string' } } });
if (!values.out) {
  console.error('usage: pnpm db:backup --out <new file>');
  process.exit(2);
}
const source = databasePath();
const destination = pathFromInvocation(values.out);
try {
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
