import { freePort } from '@tianshan/db/testing/free-port';
import { expect, test } from 'vitest';
import { runCrashRounds } from './harness';

// A few rounds in CI; `pnpm --filter @tianshan/bench crash` runs 200. Needs the production build (test.sh builds first).
test('SIGKILL at random moments during edits and imports: integrity ok, acknowledged writes kept, no half import', async () => {
  const summary = await runCrashRounds({
    rounds: Number(process.env.TIANSHAN_CRASH_ROUNDS ?? 5),
    port: await freePort(),
    seed: Date.now() % 100_000,
    log: console.log,
  });
  console.log(
    `crash consistency: ${summary.kills} kills, ${summary.acknowledgedEdits} acknowledged edits and ${summary.acknowledgedImports} acknowledged imports checked`,
  );
  expect(summary.kills).toBeGreaterThan(0);
  expect(summary.acknowledgedEdits + summary.acknowledgedImports).toBeGreaterThan(0);
  expect(summary).toMatchObject({
    integrityFailures: 0,
    halfAppliedImports: 0,
    missingAcknowledged: 0,
    recordsWithoutAudit: 0,
  });
}, 600_000);
