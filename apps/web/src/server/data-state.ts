import 'server-only';
import { currentWriteVersion } from '@tianshan/db/write/current-write-version';
import { getDb } from './db';

/**
 * What a public response depends on besides its URL: the database's write version, which every write
 * transaction of every process on the database bumps, and today's date (some reads, such as upcoming
 * milestones, count from today). Cached responses are valid while this stays the same.
 */
export async function dataState(): Promise<string> {
  return `${new Date().toISOString().slice(0, 10)} ${await currentWriteVersion(getDb())}`;
}
