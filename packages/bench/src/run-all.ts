import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { FULL_SIZE, generateSynthetic } from '@tianshan/db/synthetic/generate';
import { REPO_ROOT } from './next-server';

/**
 * `pnpm bench`: every benchmark in one go against the synthetic database (generated first if missing;
 * never the default database), each printing its table and writing JSON under bench-results/.
 * `--scale 0.01` runs the same scripts on a small database to prove they work.
 */
const { values } = parseArgs({
  options: { db: { type: 'string' }, scale: { type: 'string', default: '1' } },
});
const scale = Number(values.scale);
const dbFile = path.resolve(
  values.db ?? path.join(REPO_ROOT, 'data', scale === 1 ? 'synthetic.db' : `synthetic-${scale}.db`),
);
const outDir = path.join(REPO_ROOT, 'bench-results');

if (!existsSync(dbFile)) {
  console.log(`generating ${dbFile} (scale ${scale})`);
  generateSynthetic(
    dbFile,
    {
      tradeReports: Math.round(FULL_SIZE.tradeReports * scale),
      projects: Math.round(FULL_SIZE.projects * scale),
      milestones: Math.round(FULL_SIZE.milestones * scale),
    },
    console.log,
  );
}

const tsx = path.join(import.meta.dirname, '..', 'node_modules', '.bin', 'tsx');
for (const [script, out] of [
  ['query-latency.ts', 'query-latency.json'],
  ['export-throughput.ts', 'export.json'],
  ['import-throughput.ts', 'import.json'],
  ['throughput.ts', 'throughput.json'],
  ['lighthouse.ts', 'lighthouse.json'],
] as const) {
  console.log(`\n==> ${script}`);
  execFileSync(
    tsx,
    [path.join(import.meta.dirname, script), '--db', dbFile, '--out', path.join(outDir, out)],
    { stdio: 'inherit' },
  );
}
