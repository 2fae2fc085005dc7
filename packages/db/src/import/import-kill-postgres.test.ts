import { spawn } from 'node:child_process';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { PostgresDb } from '../postgres/client';
import { openOwnedPostgres } from '../postgres/setup';
import { describeWithPostgres } from '../testing/with-postgres';
import { commitPostgresImport } from './commit-postgres';
import { upload } from './import-test-support';
import { previewImport } from './preview';

const HEADER = 'country_iso2,year,period,reporter,total_usd,source_title,source_url,source_date';
const ROWS = 5_000;
/** The killed process's connections, told apart from the test's own in pg_stat_activity. */
const APPLICATION = 'tianshan import-kill test';

describeWithPostgres('an import on PostgreSQL whose process is killed mid-commit', (server) => {
  let db: PostgresDb | undefined;
  let url = '';
  beforeAll(async () => {
    url = await server().createDatabase('killed');
    db = await openOwnedPostgres(url);
  });
  afterAll(() => db?.$client.end());
  const handle = () => {
    if (!db) throw new Error('the database was not opened');
    return db;
  };
  const count = async (text: string, params: unknown[] = []) =>
    Number((await handle().$client.query<{ n: string }>(text, params)).rows[0]?.n);
  const state = () =>
    Promise.all([
      count('SELECT count(*) AS n FROM trade_reports'),
      count(`SELECT count(*) AS n FROM audit_log WHERE reason = 'CSV import killed.csv'`),
      count(`SELECT count(*) AS n FROM sources WHERE title = 'Killed bulletin'`),
      count(`SELECT count(*) AS n FROM citations`),
    ]);
  /** Whether the killed process's transaction has written a row yet (PostgreSQL gives it an id then). */
  const writing = async () =>
    (await count(
      'SELECT count(*) AS n FROM pg_stat_activity WHERE application_name = $1 AND backend_xid IS NOT NULL',
      [APPLICATION],
    )) > 0;
  const connected = async () =>
    (await count('SELECT count(*) AS n FROM pg_stat_activity WHERE application_name = $1', [
      APPLICATION,
    ])) > 0;

  it('leaves none of the import, and the same preview then commits all of it', async () => {
    const lines = Array.from(
      { length: ROWS },
      (_, i) =>
        `KZ,${1995 + (i % 30)},Q${1 + (i % 4)},OTHER,${i},Killed bulletin,https://example.org/killed,2026`,
    );
    const preview = await previewImport(
      handle(),
      'trade-report',
      'killed.csv',
      upload(`${HEADER}\n${lines.join('\n')}\n`),
    );
    expect(preview.counts.additions).toBe(ROWS);
    const before = await state();
    // Another process confirms the import, as the server does on PostgreSQL: on its own pooled connection.
    const script = `
      import { openPostgres } from ${JSON.stringify(new URL('../postgres/client.ts', import.meta.url).href)};
      import { confirmImport } from ${JSON.stringify(new URL('./confirm.ts', import.meta.url).href)};
      const db = openPostgres(${JSON.stringify(url)}, { applicationName: ${JSON.stringify(APPLICATION)} });
      await confirmImport(db, ${JSON.stringify(preview.importId)}, { userId: null, label: 'kill test' });
      console.log('committed');
      await db.$client.end();
    `;
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', '--input-type=module', '-e', script],
      {
        stdio: ['ignore', 'pipe', 'inherit'],
      },
    );
    let output = '';
    child.stdout.on('data', (d) => (output += String(d)));
    const exited = new Promise((resolve) => child.once('exit', resolve));
    while (!(await writing())) {
      expect(output, 'the commit finished before the kill').toBe('');
      await sleep(5);
    }
    child.kill('SIGKILL');
    await exited;
    // The server ends the connection's open transaction when it sees the connection gone.
    while (await connected()) await sleep(20);

    expect(output).toBe('');
    expect(await state()).toEqual(before);

    // The preview is still staged: confirmed again, all of it is written, each record audited.
    const result = await commitPostgresImport(handle(), preview.importId ?? '', {
      userId: null,
      label: 'after the kill',
    });
    expect(result.created).toBe(ROWS);
    const [reports, audited, sources] = await state();
    expect([reports, audited, sources]).toEqual([(before[0] ?? 0) + ROWS, ROWS, 1]);
  }, 180_000);
});
