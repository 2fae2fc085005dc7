import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { test } from '@playwright/test';
import { freePort } from '@tianshan/db/testing/free-port';
import Database from 'better-sqlite3';
import { copyToNewPostgresDatabase } from './postgres-copy';

/**
 * A second production server (`next start` on the same build) with settings of its own, for specs about
 * configuration: the shared server's settings (its origin, a sign-in limit of 100) are what they test.
 */
const WEB_DIR = fileURLToPath(new URL('../..', import.meta.url));

/** Settings the shared server has that must not leak into one started here unless asked for. */
const OWN_SETTINGS = [
  'TIANSHAN_ORIGIN',
  'BETTER_AUTH_URL',
  'TIANSHAN_TRUSTED_PROXIES',
  'TIANSHAN_SIGNIN_MAX',
  'TIANSHAN_SIGNIN_WINDOW',
  'PORT',
];

export interface OwnServer {
  url: string;
  port: number;
  stop: () => Promise<void>;
}

/**
 * The database a server of a spec's own runs on: a SQLite file, or, in a PostgreSQL run, a `postgres://` URL
 * (the server then follows `DATABASE_URL`, as the shared server does).
 */
export interface OwnDatabase {
  file: string;
  url?: string;
}

/** The shared server's own database: a second process on it is a second web process behind a balancer. */
export function sharedE2eDatabase(): OwnDatabase {
  return { file: process.env.E2E_DB ?? '', url: process.env.DATABASE_URL };
}

/**
 * A copy of the e2e database (seeded, with the e2e users), so what a spec locks stays its own. Sign-in
 * counters are emptied: the shared server's sign-ins so far would otherwise count against the copy. In a
 * PostgreSQL run the copy is a new database on the same PostgreSQL server, filled by `db:copy` from that
 * file, so the spec's sessions and sign-in throttling live in PostgreSQL as the shared server's do.
 */
export async function copyOfE2eDatabase(): Promise<OwnDatabase> {
  // In the test's own output folder, which Playwright empties at the next run: /tmp kept every copy.
  const folder = test.info().outputDir;
  mkdirSync(folder, { recursive: true });
  const file = path.join(mkdtempSync(path.join(folder, 'own-server-')), 'copy.db');
  const source = new Database(process.env.E2E_DB, { readonly: true });
  try {
    source.prepare('VACUUM INTO ?').run(file);
  } finally {
    source.close();
  }
  const copy = new Database(file);
  try {
    copy.exec('DELETE FROM rate_limits; DELETE FROM sign_in_throttles;');
  } finally {
    copy.close();
  }
  const shared = process.env.DATABASE_URL;
  return shared ? { file, url: await copyToNewPostgresDatabase(file, shared) } : { file };
}

/**
 * `next start` on `port` with the shared server's own settings removed and `extra` added, and all it has
 * printed so far (for a failure's message).
 */
function spawnNext(port: number, database: OwnDatabase, extra: Record<string, string>) {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const name of OWN_SETTINGS) delete env[name];
  delete env.DATABASE_URL;
  const nextBin = path.join(WEB_DIR, 'node_modules', 'next', 'dist', 'bin', 'next');
  const child = spawn(process.execPath, [nextBin, 'start', '-H', '127.0.0.1', '-p', String(port)], {
    cwd: WEB_DIR,
    env: {
      ...env,
      TIANSHAN_DB: database.file,
      ...(database.url ? { DATABASE_URL: database.url } : {}),
      NODE_ENV: 'production',
      NEXT_TELEMETRY_DISABLED: '1',
      ...extra,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let printed = '';
  child.stdout.on('data', (d) => (printed += String(d)));
  child.stderr.on('data', (d) => (printed += String(d)));
  return { child, output: () => printed };
}

/**
 * Runs `next start` against `database` until it exits by itself, or until it answers a request (with any
 * status: it is then serving, and is stopped): its exit code (null if it was serving) and all it printed.
 */
export async function nextStartUntilExit(
  database: OwnDatabase,
): Promise<{ code: number | null; output: string }> {
  const port = await freePort();
  const { child, output } = spawnNext(port, database, {
    TIANSHAN_ORIGIN: `http://127.0.0.1:${port}`,
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
  for (;;) {
    if (child.exitCode !== null) return { code: child.exitCode, output: output() };
    const answered = await fetch(`http://127.0.0.1:${port}/`).then(
      () => true,
      () => false,
    );
    if (answered) {
      child.kill('SIGTERM');
      await exited;
      return { code: null, output: output() };
    }
    await new Promise((r) => setTimeout(r, 200));
  }
}

/** A port nothing listens on (a moment ago), for a database that cannot be reached. */
export const closedPort = freePort;

/** Starts `next start` on a free port against `database`; resolves once it answers a request. */
export async function startOwnServer(
  database: OwnDatabase,
  settings: (port: number) => Record<string, string>,
): Promise<OwnServer> {
  const port = await freePort();
  const { child, output } = spawnNext(port, database, settings(port));
  const url = `http://127.0.0.1:${port}`;
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
    });
  // Polls for readiness (a condition), with a generous ceiling for a busy machine.
  const deadline = Date.now() + 90_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`next start exited early:\n${output()}`);
    try {
      const res = await fetch(`${url}/api/trpc/sources.freshness`);
      if (res.ok) return { url, port, stop };
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`next start did not answer within 90 s:\n${output()}`);
    }
    await new Promise((r) => setTimeout(r, 200));
  }
}
