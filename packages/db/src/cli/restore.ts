import path from 'node:path';
import { parseArgs } from 'node:util';
import { databasePath } from '../env';
import { restoreDatabase } from '../maintenance/backup';

/** pnpm db:restore --from backups/tianshan-2026-11-25.db — stop the dashboard first. */
const { values } = parseArgs({ options: { from: { type: 'string' } } });
if (!values.from) {
  console.error('usage: pnpm db:restore --from <backup file>   (stop the dashboard first)');
  process.exit(2);
}
try {
  const { counts } = restoreDatabase(
    path.resolve(process.env.INIT_CWD ?? process.cwd(), values.from),
    databasePath(),
  );
  console.log(
    `restored ${databasePath()} from ${path.resolve(process.env.INIT_CWD ?? process.cwd(), values.from)}; the previous file is ${databasePath()}.before-restore`,
    counts,
  );
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
