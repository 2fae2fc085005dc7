import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { generateSynthetic, sizeAtScale } from '@tianshan/db/synthetic/generate';
import { REPO_ROOT } from './next-server';

/**
 * `pnpm bench`: every benchmark in one go against the synthetic database (generated first if missing;
 * never the default database), each printing its table and writing JSON under bench-results/.
 * `--scale 0.01` runs the same scripts on a small database to prove they work.
 */
// `pnpm bench -- --scale 0.01` hands the script a literal "--" first; drop it.
const { values } = parseArgs({
  args: process.argv.slice(2).filter((a) => a !== '--'),
  options: { db: { type: 'string' }, scale: { type: 'string', default: '1' } },
});
const scale = Number(values.scale);
const dbFile = path.resolve(
  values.db ?? path.join(REPO_ROOT, 'data', scale === 1 ? 'synthetic.db' : `synthetic-${scale}.db`),
);
// A small run proves the scripts work; it must not overwrite the full run's figures.
const outDir = path.join(REPO_ROOT, 'bench-results', scale === 1 ? '' : `scale-${scale}`);

if (!existsSync(dbFile)) {
  console.log(`generating ${dbFile} (scale ${scale})`);
  generateSynthetic(dbFile, sizeAtScale(scale), console.log);
}

const tsx = path.join(import.meta.dirname, '..', 'node_modules', '.bin', 'tsx');
const small = scale < 1;
// The import benchmark makes its own file (sized like the database); the others read the database.
const runs: [script: string, out: string, args: string[]][] = [
  ['query-latency.ts', 'query-latency.json', ['--db', dbFile]],
  ['export-throughput.ts', 'export.json', ['--db', dbFile]],
  [
    'import-throughput.ts',
    'import.json',
    ['--rows', String(Math.max(1000, Math.round(100_000 * scale)))],
  ],
  ['throughput.ts', 'throughput.json', ['--db', dbFile, ...(small ? ['--seconds', '2'] : [])]],
  // Each route as a cache hit, as the first reader after a write and as a signed-in editor, on a desktop
  // and on Lighthouse's simulated phone.
  ...(['desktop', 'mobile'] as const).map((preset): [string, string, string[]] => [
    'lighthouse.ts',
    preset === 'desktop' ? 'lighthouse.json' : 'lighthouse-mobile.json',
    [
      '--db',
      dbFile,
      '--preset',
      preset,
      '--cache',
      'warm,cold,editor',
      ...(small ? ['--runs', '1'] : []),
    ],
  ]),
];
for (const [script, out, args] of runs) {
  console.log(`\n==> ${script}`);
  execFileSync(
    tsx,
    [path.join(import.meta.dirname, script), ...args, '--out', path.join(outDir, out)],
    { stdio: 'inherit' },
  );
}
