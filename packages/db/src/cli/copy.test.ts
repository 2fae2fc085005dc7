import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, expect, test } from 'vitest';
import { createTestDatabase } from '../testing';

const run = promisify(execFile);
// Migrated but empty: enough for the command to get as far as the PostgreSQL URL.
const source = createTestDatabase({ seed: false });
afterAll(() => source.close());
const cli = path.join(import.meta.dirname, 'copy.ts');

/** Runs `db:copy` as a user would; resolves with its exit code and what it printed. */
async function dbCopy(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, ['--import', 'tsx', cli, ...args]);
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

// What each bad input says is tested in-process (copy-database.test.ts); this proves the command prints it as
// one line, hides the password, exits 1, and never shows a stack trace.
test.concurrent(
  'db:copy to an unreachable server fails with one line and no stack trace',
  async () => {
    const to = 'postgres://tianshan:secret@127.0.0.1:1/x';
    const { code, stderr } = await dbCopy(['--to', to, '--from', source.file]);
    expect(code).toBe(1);
    expect(stderr.trim()).toMatch(
      /^cannot connect to postgres:\/\/tianshan:\*\*\*@127\.0\.0\.1:1\/x: connection refused/,
    );
    expect(stderr.trim().split('\n')).toHaveLength(1);
  },
);

test.concurrent('db:copy without --to prints its usage', async () => {
  const { code, stderr } = await dbCopy([]);
  expect(code).toBe(2);
  expect(stderr).toMatch(/^usage: pnpm db:copy --to postgres:/);
});
