import { parseArgs } from 'node:util';
import { pathFromInvocation } from '../env';
import { restoreDatabase } from '../maintenance/backup';
import { sqliteFileFor } from './sqlite-file';

/** pnpm db:restore --from backups/tianshan-2026-11-25.db — stop the dashboard first. */
const { values } = parseArgs({ options: { from: { type: 'string' } } });
if (!values.from) {
  console.error('usage: pnpm db:restore --from <backup file>   (stop the dashboard first)');
  process.exit(2);
}
const backup = pathFromInvocation(values.from);
try {
  const target = sqliteFileFor(
    'db:restore',
    'Restore PostgreSQL with pg_restore (see the README).',
  );
  const { counts } = restoreDatabase(backup, target);
  console.log(
    `restored ${target} from ${backup}; the previous file is ${target}.before-restore`,
    counts,
  );
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
