import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

function runScript(dbFile: string, script: string): number {
  const started = process.hrtime.bigint();
  execFileSync('sqlite3', ['-readonly', dbFile, `.read ${script}`], {
    encoding: 'utf8',
    maxBuffer: 1024 * 1024 * 1024,
  });
  return Number(process.hrtime.bigint() - started) / 1e6;
}

/**
 * Mean time for the sqlite3 CLI to run `statements` once, in ms. The CLI's `.timer` only has millisecond
 * resolution, so instead it runs the statements `repeat` times in one process and subtracts the time of
 * the same process running them zero times (start-up, opening the file).
 */
export function cliMeanRoundMs(dbFile: string, statements: string[], repeat: number): number {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'tianshan-bench-'));
  const body = statements.map((s) => (s.trim().endsWith(';') ? s : `${s};`)).join('\n');
  const full = path.join(dir, 'rounds.sql');
  const empty = path.join(dir, 'empty.sql');
  writeFileSync(
    full,
    `.output /dev/null\n${Array.from({ length: repeat }, () => body).join('\n')}\n`,
  );
  writeFileSync(empty, `.output /dev/null\nSELECT 1;\n`);
  runScript(dbFile, empty); // warm the page cache like the caller's warm-up does
  const baseline = Math.min(
    runScript(dbFile, empty),
    runScript(dbFile, empty),
    runScript(dbFile, empty),
  );
  const total = Math.min(runScript(dbFile, full), runScript(dbFile, full));
  return Math.max(0, total - baseline) / repeat;
}

export function explainQueryPlan(dbFile: string, statement: string): string {
  return execFileSync('sqlite3', ['-readonly', dbFile, `EXPLAIN QUERY PLAN ${statement}`], {
    encoding: 'utf8',
  });
}
