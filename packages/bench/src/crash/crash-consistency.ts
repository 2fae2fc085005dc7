import { parseArgs } from 'node:util';
import { runCrashRounds } from './harness';

/** `pnpm --filter @tianshan/bench crash --rounds 200`: the full crash-consistency run (needs the production build). */
const { values } = parseArgs({
  options: {
    rounds: { type: 'string', default: '200' },
    seed: { type: 'string', default: '1' },
    port: { type: 'string', default: '3450' },
  },
});
const started = Date.now();
const summary = await runCrashRounds({
  rounds: Number(values.rounds),
  seed: Number(values.seed),
  port: Number(values.port),
  log: console.log,
});
console.log(
  `\ncrash consistency: ${summary.kills} SIGKILLs in ${((Date.now() - started) / 1000).toFixed(0)} s`,
);
console.log(summary);
const failures =
  summary.integrityFailures +
  summary.halfAppliedImports +
  summary.missingAcknowledged +
  summary.recordsWithoutAudit;
console.log(failures === 0 ? 'no failure' : `${failures} FAILURES`);
process.exit(failures === 0 ? 0 : 1);
