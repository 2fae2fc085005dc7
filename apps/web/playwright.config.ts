import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { defineConfig, devices } from '@playwright/test';

/**
 * End-to-end tests against the production build (`next start`) on a freshly seeded database in a new temp
 * folder, in Debian's Chromium (Playwright cannot download its own browsers here).
 */
const port = Number(process.env.E2E_PORT ?? 3210);
const baseURL = `http://127.0.0.1:${port}`;
// The config is evaluated in the runner and in every worker; reuse the runner's folder in the workers.
process.env.E2E_DB ??= path.join(mkdtempSync(path.join(os.tmpdir(), 'tianshan-e2e-')), 'e2e.db');
const dbFile = process.env.E2E_DB;
/**
 * With `DATABASE_URL` the server runs on that PostgreSQL database, which the caller has already filled (test.sh:
 * a db:copy of a freshly seeded SQLite file with the e2e users, `e2e/support/postgres-for-e2e.ts`). That second
 * run takes the specs whose data goes through the app, the writes above all, so CI stays near 25 minutes (all
 * 17 data-touching specs took 5 minutes on a busy machine; these hold about half of their test time): the overview, the trade and
 * projects pages with their seeded figures, every export and the import, the admin's record and account flows,
 * stale edits, preferred reports, the page cache, refused requests, and two servers on one database. Left to
 * the SQLite run: the browser-side specs (accessibility, phone, page weight, charts, hydration, quotes, hostile
 * text), sign-in hardening on servers of their own, and readers and forms whose reads and writes the db and api
 * suites already run on both databases (country, timeline, investments, sources, workbench, project facts).
 */
const postgres = Boolean(process.env.DATABASE_URL);
const POSTGRES_SPECS = [
  'overview',
  'trade',
  'projects',
  'export',
  'import',
  'admin',
  'stale-edit',
  'preferred-report',
  'page-cache',
  'security-requests',
  'two-servers',
].map((name) => `${name}.spec.ts`);
const startServer = `pnpm exec next start -H 127.0.0.1 -p ${port}`;

export default defineConfig({
  testDir: './e2e',
  ...(postgres ? { testMatch: POSTGRES_SPECS } : {}),
  // Specs that change data make their own records (support/unique.ts, @tianshan/db/testing factories) and
  // readers assert only on starter data nobody edits, so tests run in parallel against the one server.
  fullyParallel: true,
  workers: 2,
  // No retries: a flaky test is a failing test.
  retries: 0,
  // Budgets, not waits: two workers, the server and Chromium share two cores, often with other work beside
  // them, and a first visit to a route is slower than the rest.
  // (Seen here: a lazy chart chunk arriving 16 s after the page, axe taking over a minute per view.)
  timeout: 120_000,
  expect: { timeout: 30_000 },
  reporter: [['list']],
  use: {
    baseURL,
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-quic',
        '--disable-dev-shm-usage',
      ],
    },
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'] } }],
  webServer: {
    command: postgres
      ? startServer
      : `pnpm --filter @tianshan/db db:seed && pnpm --filter @tianshan/auth exec tsx ../../apps/web/e2e/support/create-users.ts && ${startServer}`,
    url: `${baseURL}/api/trpc/sources.freshness`,
    // Sign-in throttling is proven by the auth package's tests; here many specs sign in within a minute.
    env: {
      TIANSHAN_DB: dbFile,
      NEXT_TELEMETRY_DISABLED: '1',
      BETTER_AUTH_URL: baseURL,
      TIANSHAN_ORIGIN: baseURL,
      TIANSHAN_SIGNIN_MAX: '100',
    },
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: 'pipe',
    stderr: 'pipe',
  },
});
