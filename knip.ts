import type { KnipConfig } from 'knip';

// Unused files, dependencies and exports fail CI (`pnpm check`). Next, Vitest, Playwright, Drizzle, ESLint
// and the tsx CLIs in package.json scripts are found by knip's plugins; only what they cannot see is listed.
const config: KnipConfig = {
  // An export its own module also uses is that module's surface, not dead code; what must go is code
  // nothing runs. (Unused entry exports of the internal packages are still reported, see below.)
  ignoreExportsUsedInFile: true,
  // The sqlite3 and psql CLIs are Debian's, the baselines the benchmarks compare against.
  ignoreBinaries: ['sqlite3', 'psql'],
  // Every package declares the shared tsconfig so turbo re-checks it when the config changes, but its
  // tsconfig.json extends it by relative path: typescript-eslint's project service does not follow the
  // base's own relative extends through pnpm's symlink.
  ignoreDependencies: ['@tianshan/tsconfig'],
  workspaces: {
    '.': {
      entry: ['scripts/lib/*.mjs'],
    },
    'apps/web': {
      // Run by Playwright's webServer command before the server starts, and by test.sh for the PostgreSQL run.
      entry: ['e2e/support/create-users.ts', 'e2e/support/postgres-for-e2e.ts'],
    },
    'packages/*': {
      // The internal packages export source to this repository only: an export no workspace imports is dead.
      includeEntryExports: true,
      // packages/db has a second drizzle-kit config for its PostgreSQL mirror (db:generate:postgres).
      drizzle: { config: ['drizzle.config.ts', 'drizzle-postgres.config.ts'] },
    },
    'tooling/*': {},
  },
};

export default config;
