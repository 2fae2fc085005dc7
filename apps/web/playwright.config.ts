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
 * run takes every spec whose data goes through the server: every page's reads, every form's and the import's
 * writes, exports, sessions and sign-in throttling (sign-in hardening's own servers get a database of their own
 * on the same PostgreSQL server), the caches and two servers on one database. It leaves out only the specs that
 * test the browser side, whatever database is behind it: accessibility (axe on the rendered page), phone (layout
 * at phone width), page weight (the bytes shipped), the charts (drawing figures the page specs already check on
 * both) and before hydration (the page working before its JavaScript has run). A new spec runs on both unless it
 * is added here.
 */
const postgres = Boolean(process.env.DATABASE_URL);
const BROWSER_SIDE_SPECS = [
  'accessibility.spec.ts',
  'phone.spec.ts',
  'page-weight*.spec.ts',
  'charts-*.spec.ts',
  'before-hydration.spec.ts',
];
const startServer = `pnpm exec next start -H 127.0.0.1 -p ${port}`;

export default defineConfig({
  testDir: './e2e',
  ...(postgres ? { testIgnore: BROWSER_SIDE_SPECS } : {}),
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
