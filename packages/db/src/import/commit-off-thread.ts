import { Worker } from 'node:worker_threads';
import type { Actor } from '../write/audit';
import { ImportNotFoundError, ImportOutdatedError, type ImportResult } from './commit';
import type { CommitReply } from './commit-reply';

export interface CommitOffThreadParams {
  /** The SQLite file: the worker opens its own connection to it. */
  file: string;
  importId: string;
  actor: Actor;
}

let running: Promise<unknown> = Promise.resolve();

/**
 * Resolves once no import commit of this process is writing. Other writes await it instead of waiting
 * out SQLite's busy timeout, which would block the server thread and fail after five seconds.
 */
export function whenImportsSettled(): Promise<void> {
  return running.then(
    () => undefined,
    () => undefined,
  );
}

/**
 * `commitImport` in a worker thread: the same all-or-nothing transaction, while this thread keeps serving.
 * Commits of one process run one after another (they would queue on the write lock anyway).
 */
export function commitImportOffThread(params: CommitOffThreadParams): Promise<ImportResult> {
  const next = whenImportsSettled().then(() => runWorker(params));
  running = next;
  return next;
}

function runWorker(params: CommitOffThreadParams): Promise<ImportResult> {
  // Literal `new Worker(new URL(...))`, so the production bundler emits the worker as its own entry.
  // Under Vitest and tsx the URL is the TypeScript source, which needs tsx's loader in the thread.
  const url = new URL('./commit-worker.ts', import.meta.url);
  const execArgv = url.pathname.endsWith('.ts') ? ['--import', 'tsx'] : undefined;
  return new Promise<ImportResult>((resolve, reject) => {
    let reply: CommitReply | undefined;
    const worker = new Worker(url, { workerData: params, execArgv });
    worker.once('message', (message: CommitReply) => {
      reply = message;
    });
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (!reply) {
        reject(new Error(`the import worker stopped (exit code ${code}) before answering`));
        return;
      }
      if (reply.ok) resolve(reply.result);
      else if (reply.reason === 'not-found') reject(new ImportNotFoundError());
      else if (reply.reason === 'outdated')
        reject(new ImportOutdatedError(reply.conflicts, reply.total));
      else reject(new Error(reply.message));
    });
  });
}
