import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openDatabase } from '@tianshan/db/client';
import { generateSynthetic } from '@tianshan/db/synthetic/generate';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { sampleRss, startNextServer, treeRssBytes, type RunningServer } from './next-server';
import { drainCounting } from './drain';

/**
 * The export at scale, through the production server over HTTP: a million synthetic trade reports in a
 * temporary database come out as a million CSV rows, while the server's memory stays far below the size
 * of the file (it streams; it never builds the CSV in memory). Needs the production build (test.sh builds first).
 */
const ROWS = 1_000_000;
let dir: string;
let server: RunningServer;

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'tianshan-export-scale-'));
  const file = path.join(dir, 'synthetic.db');
  generateSynthetic(file, { tradeReports: ROWS, projects: 0, milestones: 0 });
  server = await startNextServer(file, 3403);
}, 600_000);

afterAll(async () => {
  await server?.stop();
  rmSync(dir, { recursive: true, force: true });
});

test('a 1,000,000-row trade export streams every row while server memory stays bounded', async () => {
  const stored = openDatabase(path.join(dir, 'synthetic.db'), { readonly: true });
  const count = (
    stored.$client
      .prepare('SELECT count(*) AS n FROM trade_reports WHERE deleted_at IS NULL')
      .get() as { n: number }
  ).n;
  stored.$client.close();
  expect(count).toBe(ROWS);

  // Warm the route so compilation caches and the connection are not counted as export memory.
  await (await fetch(`${server.url}/export/trade.csv?country=KG&from=2024`)).text();
  const pid = server.process.pid as number;
  const idle = treeRssBytes(pid);
  const sampler = sampleRss(pid, 25);

  const res = await fetch(`${server.url}/export/trade.csv?product=all`);
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toMatch(/^text\/csv/);
  const { bytes, newlines: lines } = await drainCounting(res);
  const aboveIdle = sampler.stop() - idle;
  console.log(
    `exported ${lines - 1} rows, ${(bytes / 1e6).toFixed(0)} MB; server peak ${(aboveIdle / 1e6).toFixed(0)} MB above idle`,
  );

  expect(lines - 1).toBe(ROWS);
  // The file is well over 100 MB; a server that buffered it would grow by at least that much.
  expect(bytes).toBeGreaterThan(100e6);
  expect(aboveIdle).toBeLessThan(Math.min(128e6, bytes / 2));
}, 600_000);
