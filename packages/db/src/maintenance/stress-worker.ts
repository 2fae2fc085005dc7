import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { openDatabase } from '../client';
import { listProjects } from '../queries/projects';
import { timeline } from '../queries/timeline';
import { preferredTradeFigures } from '../queries/trade';
import { createRecordSync } from '../write/records';

/**
 * One process of the concurrency test: a writer adds cited, audited indicators through the real write
 * path as fast as it can; a reader runs dashboard queries. Both run for `--ms` and print one JSON line:
 * operations done, SQLITE_BUSY errors seen (the number that must stay zero) and any other errors.
 *
 * Start-up is a handshake, because booting a process takes seconds on a busy machine: the worker prints
 * `ready` once its connection is open and starts its clock only when the test sends `go`, so every worker
 * runs for the same window; a writer prints `wrote` after its first commit, the test's cue that writes are
 * under way.
 */
const { values } = parseArgs({
  options: {
    file: { type: 'string' },
    role: { type: 'string' },
    ms: { type: 'string' },
    id: { type: 'string' },
  },
});
const db = openDatabase(values.file as string);
process.stdout.write('ready\n');
let command = '';
for await (const line of createInterface({ input: process.stdin })) {
  command = line;
  break;
}
process.stdin.destroy();
if (command !== 'go') throw new Error(`expected "go" from the test, got "${command}"`);

const until = Date.now() + Number(values.ms);
const result = {
  role: values.role,
  id: values.id,
  ops: 0,
  busy: 0,
  errors: [] as string[],
  acknowledged: [] as number[],
};

while (Date.now() < until) {
  try {
    if (values.role === 'writer') {
      const id = createRecordSync(
        db,
        'indicator',
        {
          scope: 'KZ',
          asOf: '2026',
          metric: `stress ${values.id}-${result.ops}`,
          value: String(result.ops),
          unit: 'count',
          citations: [{ sourceId: 1 }],
        },
        { actor: { userId: null, label: `stress-writer-${values.id}` } },
      );
      // Acknowledged: the transaction committed. The test checks every one of these is in the database.
      result.acknowledged.push(id);
      if (result.acknowledged.length === 1) process.stdout.write('wrote\n');
    } else {
      await timeline(db, { countries: ['KZ'] }, 50);
      await listProjects(db, {}, { limit: 50, offset: 0 });
      await preferredTradeFigures(db, { countries: ['KZ'] });
    }
    result.ops++;
  } catch (error) {
    const code = (error as { code?: string }).code ?? '';
    if (code.startsWith('SQLITE_BUSY')) result.busy++;
    else result.errors.push((error as Error).message);
    if (result.errors.length > 5) break;
  }
}
db.$client.close();
process.stdout.write(`${JSON.stringify(result)}\n`);
