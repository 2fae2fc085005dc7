import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { openPostgres } from '@tianshan/db/postgres/client';
import { startPostgresServer } from '@tianshan/db/testing/postgres-server';
import { REPO_ROOT } from '../next-server';

const run = promisify(execFile);

export interface PostgresTarget {
  url: string;
  /** Seconds `db:copy` took (copy, verify and commit), or null when an existing database was given. */
  copySeconds: number | null;
  stop: () => void;
}

/**
 * What a benchmark server is given: the memory a small dedicated server would have (Debian's default
 * shared_buffers is 128 MB, the usual advice a quarter of the machine's memory; 1 GB holds the whole
 * 1,000,000-row database, as the OS page cache holds the SQLite file), and otherwise PostgreSQL's defaults.
 */
const BENCH_SETTINGS = { shared_buffers: '1GB', effective_cache_size: '4GB' };

/**
 * Most servers' databases order text by a language's rules (a plain `createdb` on an en_US system), not by
 * byte as the throwaway cluster does: the benchmark reads such a database, so a sort that cannot use an
 * index because of its collation shows here as it would in production.
 */
const DATABASE_LOCALE = 'en-US';

/**
 * The PostgreSQL database a benchmark reads: `url` when given (an earlier copy, kept by another process),
 * else a throwaway server with a fresh database filled by `pnpm db:copy` from `sqliteFile`, exactly as an
 * operator would move over; the copy is timed and its per-table report printed. VACUUM ANALYZE follows, as
 * autovacuum does on its own within a minute of the copy: measured before it, the reads saw no visibility
 * map (so no index-only scans: the map's read seq-scanned the projects, 48 ms instead of 11) and ran beside
 * autovacuum itself.
 */
export async function postgresTarget(params: {
  url?: string;
  sqliteFile: string;
}): Promise<PostgresTarget> {
  if (params.url) return { url: params.url, copySeconds: null, stop: () => undefined };
  const server = await startPostgresServer({ settings: BENCH_SETTINGS });
  try {
    const url = await server.createDatabase('tianshan', { icuLocale: DATABASE_LOCALE });
    console.log(`PostgreSQL on port ${server.port}; db:copy ${params.sqliteFile} …`);
    const started = process.hrtime.bigint();
    const copy = await run(
      path.join(REPO_ROOT, 'packages', 'db', 'node_modules', '.bin', 'tsx'),
      [
        path.join(REPO_ROOT, 'packages', 'db', 'src', 'cli', 'copy.ts'),
        ...['--from', params.sqliteFile, '--to', url],
      ],
      { maxBuffer: 16 * 1024 * 1024 },
    );
    const copySeconds = Number(process.hrtime.bigint() - started) / 1e9;
    console.log(copy.stdout.trimEnd());
    console.log(`db:copy took ${copySeconds.toFixed(1)} s`);
    await vacuumAnalyze(url);
    return { url, copySeconds, stop: () => server.stop() };
  } catch (error) {
    server.stop();
    throw error;
  }
}

async function vacuumAnalyze(url: string): Promise<void> {
  const db = openPostgres(url, { max: 1, applicationName: 'tianshan-bench' });
  try {
    await db.$client.query('VACUUM (ANALYZE)');
  } finally {
    await db.$client.end();
  }
}
