import { parseArgs } from 'node:util';
import { databasePath, pathFromInvocation } from '../env';
import { copyDatabase, verifyCopy } from '../postgres/copy/copy-database';
import { CopyError } from '../postgres/copy/copy-error';
import { formatReport, mismatchedTables } from '../postgres/copy/report';

const usage =
  'usage: pnpm db:copy --to postgres://user@host:5432/empty_db [--from <sqlite file>] [--verify-only]';

/**
 * pnpm db:copy --to postgres://… — copies the SQLite database (TIANSHAN_DB, or --from) into an empty
 * PostgreSQL database and verifies every table; --verify-only compares an earlier copy again.
 */
async function main(): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      options: {
        to: { type: 'string' },
        from: { type: 'string' },
        'verify-only': { type: 'boolean', default: false },
      },
    }));
  } catch (error) {
    console.error(`${(error as Error).message}\n${usage}`);
    return 2;
  }
  if (!values.to) {
    console.error(usage);
    return 2;
  }
  const from = values.from ? pathFromInvocation(values.from) : databasePath();
  const started = Date.now();
  const outcome = values['verify-only']
    ? await verifyCopy({ from, to: values.to })
    : await copyDatabase({ from, to: values.to, onTable: (t) => console.error(`copying ${t}`) });
  console.log(formatReport(outcome));
  const mismatched = mismatchedTables(outcome);
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (mismatched.length > 0) {
    const kept = values['verify-only']
      ? ''
      : '; the copy was rolled back, the target is still empty';
    console.error(`verification FAILED for ${mismatched.join(', ')}${kept}`);
    return 1;
  }
  console.log(
    values['verify-only']
      ? `every table matches (${seconds} s)`
      : `copied ${from} and verified every table in ${seconds} s`,
  );
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    // Expected problems are one line; anything else is still one line, never a stack trace.
    const message = error instanceof Error ? error.message : String(error);
    console.error(
      error instanceof CopyError ? message : `db:copy failed: ${message.split('\n')[0]}`,
    );
    process.exit(1);
  },
);
