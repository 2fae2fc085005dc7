import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** psql without the user's ~/.psqlrc, quiet, rows printed unaligned (its cheapest format, as sqlite3's list mode). */
const PSQL_ARGS = ['-X', '-q', '-A', '-t', '-v', 'ON_ERROR_STOP=1'];

function runFile(url: string, file: string): number {
  const started = process.hrtime.bigint();
  execFileSync('psql', [...PSQL_ARGS, '-f', file, url], {
    encoding: 'utf8',
    maxBuffer: 1024 * 1024 * 1024,
  });
  return Number(process.hrtime.bigint() - started) / 1e6;
}

/**
 * Mean time for `psql` to run `statements` once, in ms: it runs them `repeat` times in one session and
 * subtracts the same session running none of them (start-up, connecting, authentication), as the sqlite3
 * baseline does, so the ratio compares query time.
 */
export function psqlMeanRoundMs(url: string, statements: string[], repeat: number): number {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'tianshan-bench-'));
  const body = statements.map((s) => (s.trim().endsWith(';') ? s : `${s};`)).join('\n');
  const full = path.join(dir, 'rounds.sql');
  const empty = path.join(dir, 'empty.sql');
  writeFileSync(full, `\\o /dev/null\n${Array.from({ length: repeat }, () => body).join('\n')}\n`);
  writeFileSync(empty, `\\o /dev/null\nSELECT 1;\n`);
  runFile(url, empty);
  const startUp = Math.min(runFile(url, empty), runFile(url, empty), runFile(url, empty));
  const total = Math.min(runFile(url, full), runFile(url, full));
  return Math.max(0, total - startUp) / repeat;
}

/** PostgreSQL's plan of `statement`, with `ANALYZE` its actual rows and times (the statement runs). */
export function explain(url: string, statement: string, analyze = false): string {
  const options = analyze ? '(ANALYZE, BUFFERS)' : '(COSTS OFF)';
  return execFileSync('psql', [...PSQL_ARGS, '-c', `EXPLAIN ${options} ${statement}`, url], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
}

/** `psql -c "\copy (…) TO STDOUT CSV HEADER"`: seconds and bytes, the output counted, never kept. */
export async function psqlCopyCsv(
  url: string,
  statement: string,
): Promise<{ seconds: number; bytes: number; lines: number }> {
  const started = process.hrtime.bigint();
  // \copy takes the rest of its line: the statement goes on one line.
  const oneLine = statement.replace(/\s*\n\s*/g, ' ');
  const child = spawn(
    'psql',
    [...PSQL_ARGS, '-c', `\\copy (${oneLine}) TO STDOUT CSV HEADER`, url],
    {
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  let bytes = 0;
  let lines = 0;
  for await (const chunk of child.stdout as AsyncIterable<Buffer>) {
    bytes += chunk.length;
    for (let i = chunk.indexOf(10); i !== -1; i = chunk.indexOf(10, i + 1)) lines += 1;
  }
  const code = await new Promise<number | null>((resolve) => child.once('close', resolve));
  if (code !== 0) throw new Error(`psql \\copy exited with ${code}`);
  return { seconds: Number(process.hrtime.bigint() - started) / 1e9, bytes, lines };
}
