import { parseArgs } from 'node:util';
import { databasePath, pathFromInvocation } from '../env';
import { restoreDatabase } from '../maintenance/backup';

/** pnpm db:restore --from backups/tianshan-2026-11-25.db — stop the dashboard first. */
const { values } = parseArgs({ options: { from: { type: 'string' } } });
if (!values.from) {
  console.error('usage: pnpm db:restore --from <backup file>   (stop the dashboard first)');
  process.exit(2);
}
const backup = pathFromInvocation(values.from);
const target = databasePath();
try {
  const { counts } = restoreDatabase(backup, target);
  console.log(
    `restored ${target} from ${backup}; the previous file is ${target}.before-restore`,
    counts,
  );
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
