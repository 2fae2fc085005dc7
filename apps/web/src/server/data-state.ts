import 'server-only';
import { dataVersion } from '@tianshan/db/data-version';
import { getDb } from './db';

/**
 * What a public response depends on besides its URL: the database's version and today's date (some reads,
 * such as upcoming milestones, count from today). Cached responses are valid while this stays the same.
 */
export function dataState(): string {
  return `${new Date().toISOString().slice(0, 10)} ${dataVersion(getDb())}`;
}
