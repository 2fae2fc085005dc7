import { parentPort, workerData } from 'node:worker_threads';
import { openDatabase } from '../client';
import type { Actor } from '../write/audit';
import { commitImport } from './commit';
import { ImportNotFoundError, ImportOutdatedError } from './commit-errors';
import type { CommitReply } from './commit-reply';

/**
 * Runs one import commit on its own thread and connection, so the server thread keeps answering readers
 * while the transaction writes. The connection closes before the reply: the commit is durable when it arrives.
 */
const { file, importId, actor } = workerData as { file: string; importId: string; actor: Actor };
const db = openDatabase(file);
let reply: CommitReply;
try {
  reply = { ok: true, result: commitImport(db, importId, actor) };
} catch (error) {
  if (error instanceof ImportNotFoundError) reply = { ok: false, reason: 'not-found' };
  else if (error instanceof ImportOutdatedError)
    reply = { ok: false, reason: 'outdated', conflicts: error.conflicts, total: error.total };
  else reply = { ok: false, reason: 'failed', message: (error as Error).message };
} finally {
  db.$client.close();
}
parentPort?.postMessage(reply);
