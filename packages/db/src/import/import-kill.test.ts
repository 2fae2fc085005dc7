import { spawn } from 'node:child_process';
import { setTimeout as sleep } from 'node:timers/promises';
import Database from 'better-sqlite3';
import { afterAll, expect, it } from 'vitest';
import { createTestDatabase } from '../testing';
import { previewImport } from './preview';

const t = createTestDatabase({ seed: false });
afterAll(() => t.close());
const count = () =>
  t.db.$client.prepare('SELECT count(*) FROM trade_reports').pluck().get() as number;
const HEADER = 'country_iso2,year,period,reporter,total_usd,source_title,source_url,source_date';

function writeLockTaken(file: string): boolean {
  const probe = new Database(file, { timeout: 0 });
  try {
    probe.exec('BEGIN IMMEDIATE; ROLLBACK;');
    return false;
  } catch {
    return true;
  } finally {
    probe.close();
  }
}

it('a process killed while its worker commits leaves nothing of the import', async () => {
  const lines = Array.from(
    { length: 20_000 },
    (_, i) =>
      `KZ,${1995 + (i % 30)},Q${1 + (i % 4)},OTHER,${i},Killed bulletin,https://example.org/killed,2026`,
  );
  const preview = await previewImport(t.db, 'trade-report', 'killed.csv', [
    Buffer.from(`${HEADER}\n${lines.join('\n')}\n`),
  ]);
  expect(preview.counts.additions).toBe(20_000);
  const before = count();
  // Another process confirms the import off its request thread, as the server does.
  const script = `
    import { commitImportOffThread } from ${JSON.stringify(new URL('./commit-off-thread.ts', import.meta.url).href)};
    await commitImportOffThread({ file: ${JSON.stringify(t.file)}, importId: ${JSON.stringify(preview.importId)}, actor: { userId: null, label: 'kill test' } });
    console.log('committed');
  `;
  const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let output = '';
  child.stdout.on('data', (d) => (output += String(d)));
  const exited = new Promise((resolve) => child.once('exit', resolve));
  while (!writeLockTaken(t.file)) {
    expect(output, 'the commit finished before the kill').toBe('');
    await sleep(5);
  }
  child.kill('SIGKILL');
  await exited;

  expect(output).toBe('');
  expect(t.db.$client.pragma('integrity_check', { simple: true })).toBe('ok');
  expect(count()).toBe(before);
}, 180_000);
