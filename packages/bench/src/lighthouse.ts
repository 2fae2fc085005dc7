import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse, { desktopConfig, type Result, type RunnerResult } from 'lighthouse';
import { openDatabase, type Db } from '@tianshan/db/client';
import { benchCopy, type BenchCopy } from './bench-copy';
import { firstLoadJs } from './first-load-js';
import { startNextServer } from './next-server';
import { parseCacheModes, readerFor, writesToDatabase } from './reader-modes';
import { summariseRuns } from './lighthouse-summary';
import { printTable, round } from './stats';
import { writeResults } from './results';

/**
 * Lighthouse (desktop preset, or `--preset mobile`) in Debian's Chromium against the production build, plus the first-load
 * JavaScript of each route (gzip bytes of the scripts the server's HTML references) and, separately, all
 * the JavaScript Lighthouse saw transferred during the load (including the lazily loaded charts).
 * `--cache warm,cold,editor` measures each route as each of those readers (reader-modes.ts); the modes that
 * write work on a copy of the database, never on the one given. `--raw <dir>` keeps every run's whole report
 * (`bench:lighthouse-breakdown` reads them: where the main thread's time went, and the LCP element), and
 * with `--trace` also the run's browser trace and DevTools log (`<report>.trace.json`, `.devtoolslog.json`:
 * DevTools' performance panel opens the trace; `bench:lighthouse-lcp-graph` lists what the simulated LCP
 * counted).
 */
const { values } = parseArgs({
  options: {
    db: { type: 'string' },
    port: { type: 'string', default: '3402' },
    routes: { type: 'string', default: '/,/countries/kyrgyzstan,/projects' },
    out: { type: 'string', default: 'bench-results/lighthouse.json' },
    runs: { type: 'string', default: '3' },
    preset: { type: 'string', default: 'desktop' },
    cache: { type: 'string', default: 'warm' },
    raw: { type: 'string' },
    trace: { type: 'boolean', default: false },
  },
});
if (values.preset !== 'desktop' && values.preset !== 'mobile') {
  console.error(`--preset must be desktop or mobile, not "${values.preset}"`);
  process.exit(2);
}
if (!values.db) {
  console.error(
    'usage: tsx src/lighthouse.ts --db <seeded or synthetic database> [--routes /,/projects] [--cache warm,cold,editor]',
  );
  process.exit(2);
}
const modes = parseCacheModes(values.cache);

const copy: BenchCopy | null = writesToDatabase(modes)
  ? await benchCopy(path.resolve(values.db))
  : null;
const server = await startNextServer(copy?.file ?? path.resolve(values.db), Number(values.port));
const writable: Db | null = copy ? openDatabase(copy.file) : null;
const profile = mkdtempSync(path.join(os.tmpdir(), 'tianshan-lh-'));
const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  userDataDir: profile,
  chromeFlags: [
    '--headless=new',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-dev-shm-usage',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--disable-quic',
  ],
});
// Lighthouse's desktop preset (desktop screen, no CPU slowdown, fast network), as `lighthouse --preset=desktop`.
const DESKTOP = {
  ...desktopConfig,
  settings: { ...desktopConfig.settings, onlyCategories: ['performance', 'accessibility'] },
};
// Lighthouse's default config is its mobile preset: a mid-range phone's screen, 4x CPU slowdown, slow 4G.
const MOBILE = {
  extends: 'lighthouse:default',
  settings: { onlyCategories: ['performance', 'accessibility'] },
};
const config = values.preset === 'mobile' ? MOBILE : DESKTOP;

function keepReport(dir: string, name: string, runner: RunnerResult) {
  mkdirSync(dir, { recursive: true });
  const base = path.join(dir, name.replace(/[^a-z0-9-]+/gi, '_'));
  writeFileSync(`${base}.json`, JSON.stringify(runner.lhr));
  if (!values.trace) return;
  writeFileSync(`${base}.trace.json`, JSON.stringify(runner.artifacts.Trace));
  writeFileSync(`${base}.devtoolslog.json`, JSON.stringify(runner.artifacts.DevtoolsLog));
}

const results = [];
try {
  const readers = [];
  for (const mode of modes) readers.push(await readerFor(mode, writable, server.url));
  for (const route of values.routes.split(',')) {
    for (const reader of readers) {
      const url = `${server.url}${route}`;
      // Warm the route first: a reader meets a running server, not one compiling its first response.
      for (let i = 0; i < 3; i++) await (await fetch(url, { headers: reader.headers })).text();
      const runs: Result[] = [];
      for (let i = 0; i < Number(values.runs); i++) {
        reader.beforeLoad();
        const runner = await lighthouse(
          url,
          { port: chrome.port, output: 'json', logLevel: 'error', extraHeaders: reader.headers },
          config,
        );
        if (!runner?.lhr) throw new Error(`no Lighthouse result for ${route}`);
        runs.push(runner.lhr);
        if (values.raw)
          keepReport(values.raw, `${values.preset}-${reader.mode}${route}-${i + 1}`, runner);
      }
      const firstLoad = await firstLoadJs(server.url, route, reader.headers);
      results.push({
        route,
        cache: reader.mode,
        ...summariseRuns(runs),
        firstLoadJsKb: round(firstLoad.gzipBytes / 1024, 1),
        htmlKb: round(firstLoad.htmlBytes / 1024, 1),
        // The machine is shared: the load average beside each figure says how busy it was.
        load1: round(os.loadavg()[0] ?? 0, 1),
      });
    }
  }
} finally {
  chrome.kill();
  await server.stop();
  writable?.$client.close();
  copy?.remove();
  rmSync(profile, { recursive: true, force: true });
}
printTable(results);
writeResults(values.out, {
  preset: values.preset,
  cache: modes,
  goal: { performance: 95, firstLoadJsKb: 150 },
  results,
});
