import { defineConfig } from 'vitest/config';

// Time limits are hang guards, not deadlines: beside other work on a 2-core machine a test on a real SQLite
// file, argon2 or a child process takes many times its idle duration, and the 5 s default failed there.
// One PostgreSQL server for the whole run; each PostgreSQL test block makes its own databases on it.
export default defineConfig({
  test: {
    testTimeout: 60_000,
    hookTimeout: 120_000,
    globalSetup: ['../db/src/testing/postgres-run-server.ts'],
  },
});
