import { Client } from 'pg';
import { connectFailure, redactUrl } from '../connect-failure';
import { CopyError } from './copy-error';

/** Checked before anything else is opened: a wrong URL is the quickest mistake to report. */
export function checkUrl(url: string): void {
  let scheme: string;
  try {
    scheme = new URL(url).protocol;
  } catch {
    throw new CopyError(`--to must be a postgres:// URL, got "${redactUrl(url)}"`);
  }
  if (scheme !== 'postgres:' && scheme !== 'postgresql:') {
    throw new CopyError(`--to must be a postgres:// or postgresql:// URL, not ${scheme}//`);
  }
}

const MIN_SERVER_VERSION = 150000;
// Long enough for a server across a network; short enough that a wrong host fails while one waits.
const CONNECT_TIMEOUT_MS = 10_000;

/** Connects and checks the server is one Tianshan supports; every failure is a one-line CopyError. */
export async function connectTarget(url: string): Promise<Client> {
  checkUrl(url);
  const client = new Client({
    connectionString: url,
    connectionTimeoutMillis: CONNECT_TIMEOUT_MS,
    application_name: 'tianshan db:copy',
  });
  // A connection lost mid-copy fails the running query; without a listener it would also crash the process.
  client.on('error', () => undefined);
  try {
    await client.connect();
  } catch (error) {
    throw new CopyError(`cannot connect to ${redactUrl(url)}: ${connectFailure(error)}`);
  }
  try {
    const version = await client.query<{ server_version_num: string }>('SHOW server_version_num');
    if (Number(version.rows[0]?.server_version_num) < MIN_SERVER_VERSION) {
      throw new CopyError('Tianshan needs PostgreSQL 15 or later');
    }
    const encoding = await client.query<{ server_encoding: string }>('SHOW server_encoding');
    if (encoding.rows[0]?.server_encoding !== 'UTF8') {
      throw new CopyError('the target database must use the UTF8 encoding (createdb -E UTF8)');
    }
    return client;
  } catch (error) {
    await client.end().catch(() => undefined);
    throw error;
  }
}
