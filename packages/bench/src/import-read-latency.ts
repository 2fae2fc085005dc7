import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { createUser } from '@tianshan/auth/users';
import { openOwnedDatabase, seedOnce } from '@tianshan/db/setup';
import { post } from './crash/raw-http';
import { startNextServer } from './next-server';
import { signInCookie } from './sign-in';
import { percentile, printTable, round } from './stats';
import { writeResults } from './results';

/**
 * Anonymous page reads while a 100,000-row import is being confirmed, against the same reads on an idle
 * server (production build). The commit runs in a worker thread, so the goal is a p99 during the import no
 * worse than 3× idle. Readers: a few sequential clients, as a handful of visitors would.
 */
const { values } = parseArgs({
  options: {
    rows: { type: 'string', default: '100000' },
    readers: { type: 'string', default: '4' },
    'idle-seconds': { type: 'string', default: '15' },
    port: { type: 'string', default: '3238' },
    out: { type: 'string', default: 'bench-results/import-read-latency.json' },
  },
});
const rows = Number(values.rows);
const readers = Number(values.readers);
const PAGES = ['/', '/trade', '/projects', '/sources'];
const ADMIN = { email: 'bench@import.test', password: 'import benchmark password 1' };
const HEADER =
  'country_iso2,year,period,reporter,product_code,total_usd,qualifier,source_title,source_url,source_date';
const COUNTRIES = ['KZ', 'KG', 'TJ', 'TM', 'UZ'];

function csv(): string {
  const lines = [HEADER];
  for (let i = 0; i < rows; i++)
    lines.push(
      `${COUNTRIES[i % 5]},${2000 + (i % 26)},FY,CN,${100_000 + i},${1_000_000 + i},exact,Synthetic release ${i % 50},https://synthetic.invalid/release/${i % 50},2026-01`,
    );
  return `${lines.join('\n')}\n`;
}

/** Sequential page reads per reader until `stop()` says so; every latency in milliseconds. */
async function readUntil(origin: string, stop: () => boolean): Promise<number[]> {
  const samples: number[] = [];
  await Promise.all(
    Array.from({ length: readers }, async (_, lane) => {
      for (let n = lane; !stop(); n++) {
        const started = performance.now();
        const res = await fetch(`${origin}${PAGES[n % PAGES.length]}`);
        await res.arrayBuffer();
        if (!res.ok) throw new Error(`${PAGES[n % PAGES.length]} answered ${res.status}`);
        samples.push(performance.now() - started);
      }
    }),
  );
  return samples;
}

const dir = mkdtempSync(path.join(os.tmpdir(), 'tianshan-import-read-bench-'));
const file = path.join(dir, 'bench.db');
const setup = openOwnedDatabase(file);
seedOnce(setup);
await createUser(
  setup,
  { email: ADMIN.email, name: 'Import benchmark', role: 'admin', password: ADMIN.password },
  { userId: null, label: 'import benchmark' },
);
setup.$client.close();

const port = Number(values.port);
const server = await startNextServer(file, port, {
  TIANSHAN_SIGNIN_MAX: '100000',
  TIANSHAN_ORIGIN: `http://127.0.0.1:${port}`,
});
try {
  const origin = server.url;
  const cookie = await signInCookie(origin, ADMIN);

  // Warm every page once, then the idle baseline.
  await readUntil(
    origin,
    (() => {
      let left = PAGES.length * readers;
      return () => left-- <= 0;
    })(),
  );
  const idleEnds = Date.now() + Number(values['idle-seconds']) * 1000;
  const idle = await readUntil(origin, () => Date.now() > idleEnds);

  const preview = await post(
    `${origin}/api/import/preview?kind=trade-report&name=bench.csv`,
    { 'content-type': 'text/csv', origin, cookie },
    csv(),
  );
  const importId = (JSON.parse(preview.body) as { importId: string | null }).importId;
  if (!importId) throw new Error(`the benchmark's file was refused: ${preview.body.slice(0, 300)}`);

  let committing = true;
  const commitStarted = performance.now();
  const confirm = post(
    `${origin}/api/import/confirm`,
    { 'content-type': 'application/json', origin, cookie },
    JSON.stringify({ importId }),
  ).finally(() => (committing = false));
  const during = await readUntil(origin, () => !committing);
  const confirmed = await confirm;
  const commitSeconds = (performance.now() - commitStarted) / 1000;
  if (confirmed.status !== 200)
    throw new Error(`the import failed: ${confirmed.status} ${confirmed.body}`);

  const idleP99 = percentile(idle, 99);
  const duringP99 = percentile(during, 99);
  const figures = {
    rows,
    readers,
    commitSeconds: round(commitSeconds),
    idleReads: idle.length,
    idleP50Ms: round(percentile(idle, 50), 1),
    idleP99Ms: round(idleP99, 1),
    duringReads: during.length,
    duringP50Ms: round(percentile(during, 50), 1),
    duringP99Ms: round(duringP99, 1),
    p99Ratio: round(duringP99 / idleP99),
    loadAverage: os
      .loadavg()
      .map((l) => l.toFixed(1))
      .join(' '),
  };
  printTable([figures]);
  console.log(
    `\np99 idle ${figures.idleP99Ms} ms, during the import ${figures.duringP99Ms} ms: ${figures.p99Ratio}× (goal ≤ 3×)`,
  );
  writeResults(values.out, figures);
} finally {
  await server.stop();
  rmSync(dir, { recursive: true, force: true });
}
