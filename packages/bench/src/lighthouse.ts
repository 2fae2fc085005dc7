import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse, { desktopConfig } from 'lighthouse';
import { firstLoadJs } from './first-load-js';
import { startNextServer } from './next-server';
import { printTable, round } from './stats';
import { writeResults } from './results';

/**
 * Lighthouse (desktop preset, or `--preset mobile`) in Debian's Chromium against the production build, plus the first-load
 * JavaScript of each route (gzip bytes of the scripts the server's HTML references) and, separately, all
 * the JavaScript Lighthouse saw transferred during the load (including the lazily loaded charts).
 */
const { values } = parseArgs({
  options: {
    db: { type: 'string' },
    port: { type: 'string', default: '3402' },
    routes: { type: 'string', default: '/,/countries/kyrgyzstan,/projects' },
    out: { type: 'string', default: 'bench-results/lighthouse.json' },
    runs: { type: 'string', default: '3' },
    preset: { type: 'string', default: 'desktop' },
  },
});
if (values.preset !== 'desktop' && values.preset !== 'mobile') {
  console.error(`--preset must be desktop or mobile, not "${values.preset}"`);
  process.exit(2);
}
if (!values.db) {
  console.error(
    'usage: tsx src/lighthouse.ts --db <seeded or synthetic database> [--routes /,/projects]',
  );
  process.exit(2);
}

const server = await startNextServer(path.resolve(values.db), Number(values.port));
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
const results = [];
try {
  for (const route of values.routes.split(',')) {
    // Warm the route first: a reader meets a running server, not one compiling its first response.
    for (let i = 0; i < 3; i++) await (await fetch(`${server.url}${route}`)).text();
    // Lighthouse scores vary run to run; report the median of several runs (Lighthouse's own advice).
    const runs = [];
    for (let i = 0; i < Number(values.runs); i++) {
      const runner = await lighthouse(
        `${server.url}${route}`,
        { port: chrome.port, output: 'json', logLevel: 'error' },
        config,
      );
      if (!runner?.lhr) throw new Error(`no Lighthouse result for ${route}`);
      runs.push(runner.lhr);
    }
    runs.sort(
      (a, b) => (a.categories.performance?.score ?? 0) - (b.categories.performance?.score ?? 0),
    );
    const lhr = runs[Math.floor(runs.length / 2)] as (typeof runs)[number];
    const requests =
      (
        lhr.audits['network-requests']?.details as
          { items?: { resourceType?: string; transferSize?: number; url: string }[] } | undefined
      )?.items ?? [];
    const scriptBytes = requests
      .filter((r) => r.resourceType === 'Script')
      .reduce((s, r) => s + (r.transferSize ?? 0), 0);
    const firstLoad = await firstLoadJs(server.url, route);
    results.push({
      route,
      performance: Math.round((lhr.categories.performance?.score ?? 0) * 100),
      performanceRange: runs
        .map((r) => Math.round((r.categories.performance?.score ?? 0) * 100))
        .join('/'),
      accessibility: Math.round((lhr.categories.accessibility?.score ?? 0) * 100),
      lcpMs: Math.round(lhr.audits['largest-contentful-paint']?.numericValue ?? 0),
      tbtMs: Math.round(lhr.audits['total-blocking-time']?.numericValue ?? 0),
      cls: round(lhr.audits['cumulative-layout-shift']?.numericValue ?? 0, 3),
      firstLoadJsKb: round(firstLoad.gzipBytes / 1024, 1),
      allJsDuringLoadKb: round(scriptBytes / 1024, 1),
    });
  }
} finally {
  chrome.kill();
  await server.stop();
  rmSync(profile, { recursive: true, force: true });
}
printTable(results);
writeResults(values.out, {
  preset: values.preset,
  goal: { performance: 95, firstLoadJsKb: 150 },
  results,
});
