import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, expect, test } from 'vitest';

const run = promisify(execFile);
const folder = mkdtempSync(path.join(os.tmpdir(), 'tianshan-sqlite-only-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

/** Runs a command as a user would, with `DATABASE_URL` naming PostgreSQL beside a `TIANSHAN_DB` file. */
async function runWithPostgresUrl(command: string, args: string[]) {
  const env = {
    ...process.env,
    DATABASE_URL: 'postgres://tianshan@127.0.0.1:1/tianshan',
    TIANSHAN_DB: path.join(folder, `${command}.db`),
  };
  const cli = path.join(import.meta.dirname, `${command}.ts`);
  try {
    await run(process.execPath, ['--import', 'tsx', cli, ...args], { env });
    return { code: 0, stderr: '', file: env.TIANSHAN_DB };
  } catch (error) {
    const failed = error as { code: number; stderr: string };
    return { code: failed.code, stderr: failed.stderr, file: env.TIANSHAN_DB };
  }
}

test.concurrent.each([
  ['seed', [], /db:seed works on the SQLite file, but DATABASE_URL names PostgreSQL\. .*db:copy/],
  ['backup', ['--out', path.join(folder, 'b.db')], /db:backup .*pg_dump/],
  ['restore', ['--from', path.join(folder, 'b.db')], /db:restore .*pg_restore/],
] as const)(
  'db:%s refuses when DATABASE_URL names PostgreSQL, says what to do instead and leaves no SQLite file',
  async (command, args, message) => {
    const { code, stderr, file } = await runWithPostgresUrl(command, [...args]);
    expect(code).toBe(2);
    expect(stderr.trim()).toMatch(message);
    expect(existsSync(file)).toBe(false);
  },
);
