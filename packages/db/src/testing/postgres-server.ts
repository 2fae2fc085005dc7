import { execFile, execFileSync, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import {
  appendFileSync,
  chownSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { Client } from 'pg';
import { freePort } from './free-port';

/**
 * A throwaway PostgreSQL server for tests and tools, from Debian's packages: a fresh cluster in a temp
 * folder, a free port on 127.0.0.1, its unix socket in that folder, trust authentication for the
 * `tianshan` role. It is stopped and deleted when `stop()` is called, when the process exits, and, through
 * a watchdog, even when the process is killed.
 */
export interface PostgresServer {
  readonly port: number;
  /** Connection URL of a database on this server (`postgres` when no name is given). */
  url(database?: string): string;
  /** Creates an empty database and returns its URL. */
  createDatabase(name: string, options?: DatabaseOptions): Promise<string>;
  stop(): void;
}

export interface ServerOptions {
  /**
   * postgresql.conf settings over the throwaway defaults (a benchmark gives the server the memory a real
   * one would have: `shared_buffers = 32MB` suits a test, not a 1,000,000-row database).
   */
  settings?: Record<string, string>;
}

export interface DatabaseOptions {
  /**
   * An ICU locale (`en-US`) whose rules order the database's text, as a database made by a plain `createdb`
   * on most servers does; the cluster's own collation (C, byte order) when absent.
   */
  icuLocale?: string;
}

const ROLE = 'tianshan';
const run = promisify(execFile);
// Hang guards, not deadlines: initdb and start-up take seconds, but far longer beside other work.
const STEP_TIMEOUT_MS = 120_000;
const PORT_ATTEMPTS = 5;

/** Debian installs each major version under /usr/lib/postgresql/<major>/bin; the newest one is used. */
function findBinaries(): string | null {
  const root = '/usr/lib/postgresql';
  if (!existsSync(root)) return null;
  const majors = readdirSync(root)
    .map(Number)
    .filter((major) => Number.isInteger(major) && major >= 15)
    .sort((a, b) => b - a);
  for (const major of majors) {
    const bin = path.join(root, String(major), 'bin');
    if (['initdb', 'pg_ctl', 'postgres'].every((tool) => existsSync(path.join(bin, tool))))
      return bin;
  }
  return null;
}

const isRoot = process.getuid?.() === 0;

/** Why no server can be started here, or null when one can. Tests skip with this message. */
export function postgresUnavailableReason(): string | null {
  if (!findBinaries()) {
    return 'PostgreSQL 15+ binaries not found under /usr/lib/postgresql (apt-get install postgresql)';
  }
  if (isRoot && !systemUserExists('postgres')) {
    return "running as root, but there is no 'postgres' user for initdb to run as";
  }
  return null;
}

function systemUserExists(name: string): boolean {
  try {
    execFileSync('id', ['-u', name], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/** initdb and pg_ctl refuse to run as root; as root they run as Debian's `postgres` user instead. */
function asServerUser(command: string, args: string[]): [string, string[]] {
  return isRoot ? ['runuser', ['-u', 'postgres', '--', command, ...args]] : [command, args];
}

function giveToServerUser(dir: string): void {
  if (!isRoot) return;
  const id = (flag: string) => Number(execFileSync('id', [flag, 'postgres'], { encoding: 'utf8' }));
  chownSync(dir, id('-u'), id('-g'));
}

/**
 * Kills the server if this process dies without running its exit hooks (SIGKILL, a crashed worker): it
 * polls only whether the parent is alive, then sends postgres the immediate-shutdown signal and deletes
 * the folder.
 */
function startWatchdog(dir: string, dataDir: string): number | undefined {
  const script = [
    `while kill -0 ${process.pid} 2>/dev/null; do sleep 1; done`,
    `pid=$(head -n 1 "$1/postmaster.pid" 2>/dev/null) && kill -QUIT "$pid" 2>/dev/null`,
    `while [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; do sleep 0.2; done`,
    `rm -rf "$2"`,
  ].join('\n');
  const watchdog = spawn('sh', ['-c', script, 'watchdog', dataDir, dir], {
    detached: true,
    stdio: 'ignore',
  });
  watchdog.unref();
  return watchdog.pid;
}

async function startOnFreePort(bin: string, dataDir: string, logFile: string): Promise<number> {
  let lastError: unknown;
  for (let attempt = 0; attempt < PORT_ATTEMPTS; attempt += 1) {
    const port = await freePort();
    // -w waits until the server accepts connections (pg_ctl watches postmaster.pid), not for a time.
    const [command, args] = asServerUser(path.join(bin, 'pg_ctl'), [
      ...['-D', dataDir, '-l', logFile, '-w', '-t', '120', '-o', `-p ${port}`, 'start'],
    ]);
    try {
      await run(command, args, { timeout: STEP_TIMEOUT_MS });
      return port;
    } catch (error) {
      // Another process may take the probed port before postgres binds it: try another one.
      lastError = error;
    }
  }
  const log = existsSync(logFile) ? readFileSync(logFile, 'utf8').trim().split('\n').slice(-5) : [];
  throw new Error(`PostgreSQL did not start: ${String(lastError)}\n${log.join('\n')}`);
}

function databaseUrl(port: number) {
  return (database = 'postgres') => `postgres://${ROLE}@127.0.0.1:${port}/${database}`;
}

async function createDatabaseOn(
  url: (database?: string) => string,
  name: string,
  options: DatabaseOptions = {},
): Promise<string> {
  const client = new Client({ connectionString: url() });
  await client.connect();
  const quoted = (text: string, quote: string) =>
    `${quote}${text.replaceAll(quote, quote + quote)}${quote}`;
  const collation = options.icuLocale
    ? ` TEMPLATE template0 LOCALE_PROVIDER icu ICU_LOCALE ${quoted(options.icuLocale, "'")}`
    : '';
  try {
    await client.query(`CREATE DATABASE ${quoted(name, '"')}${collation}`);
  } finally {
    await client.end();
  }
  return url(name);
}

/**
 * A server that another process started and will stop (the test run's shared one, `postgres-run-server.ts`).
 * Several test files make databases on it at once, so each database name gets a suffix of its own; stopping
 * is left to its owner.
 */
export function sharedPostgresServer(port: number): PostgresServer {
  const url = databaseUrl(port);
  return {
    port,
    url,
    createDatabase: (name, options) =>
      createDatabaseOn(url, `${name}_${randomBytes(4).toString('hex')}`, options),
    stop: () => undefined,
  };
}

/** Starts a fresh server. Throws (after deleting what it made) when it cannot start. */
export async function startPostgresServer(options: ServerOptions = {}): Promise<PostgresServer> {
  const bin = findBinaries();
  const unavailable = postgresUnavailableReason();
  if (!bin || unavailable) throw new Error(unavailable ?? 'PostgreSQL binaries not found');
  const dir = mkdtempSync(path.join(os.tmpdir(), 'tianshan-pg-'));
  const dataDir = path.join(dir, 'data');
  const logFile = path.join(dir, 'server.log');
  let watchdog: number | undefined;
  let stopped = false;

  const stop = () => {
    if (stopped) return;
    stopped = true;
    process.removeListener('exit', stop);
    if (existsSync(path.join(dataDir, 'postmaster.pid'))) {
      const [command, args] = asServerUser(path.join(bin, 'pg_ctl'), [
        ...['-D', dataDir, '-m', 'immediate', '-w', 'stop'],
      ]);
      try {
        execFileSync(command, args, { stdio: 'ignore', timeout: STEP_TIMEOUT_MS });
      } catch {
        // Already gone (or never started): deleting the folder is all that is left to do.
      }
    }
    if (watchdog !== undefined) {
      try {
        process.kill(watchdog);
      } catch {
        // The watchdog has already exited.
      }
    }
    rmSync(dir, { recursive: true, force: true });
  };
  process.once('exit', stop);

  try {
    giveToServerUser(dir);
    const [initdb, initArgs] = asServerUser(path.join(bin, 'initdb'), [
      ...['-D', dataDir, '-A', 'trust', '-U', ROLE, '-E', 'UTF8', '--locale=C', '--no-sync'],
    ]);
    await run(initdb, initArgs, { timeout: STEP_TIMEOUT_MS });
    // A throwaway cluster needs no durability; the socket lives in the temp folder, not /var/run.
    appendFileSync(
      path.join(dataDir, 'postgresql.conf'),
      [
        "listen_addresses = '127.0.0.1'",
        `unix_socket_directories = '${dir.replaceAll("'", "''")}'`,
        'fsync = off',
        'synchronous_commit = off',
        'full_page_writes = off',
        'shared_buffers = 32MB',
        'max_connections = 30',
        // Later lines win in postgresql.conf.
        ...Object.entries(options.settings ?? {}).map(([name, value]) => `${name} = ${value}`),
        '',
      ].join('\n'),
    );
    watchdog = startWatchdog(dir, dataDir);
    const port = await startOnFreePort(bin, dataDir, logFile);
    const url = databaseUrl(port);
    return {
      port,
      url,
      stop,
      createDatabase: (name, options) => createDatabaseOn(url, name, options),
    };
  } catch (error) {
    stop();
    throw error;
  }
}
