import { Worker } from 'node:worker_threads';
import type { Actor } from '../write/audit';
import { ImportNotFoundError, ImportOutdatedError, type ImportResult } from './commit-errors';
import { runAfterImports } from './commit-gate';
import type { CommitReply } from './commit-reply';

export interface CommitOffThreadParams {
  /** The SQLite file: the worker opens its own connection to it. */
  file: string;
  importId: string;
  actor: Actor;
}

/**
 * `commitImport` in a worker thread: the same all-or-nothing transaction, while this thread keeps serving.
 * Commits of one process run one after another (they would queue on the write lock anyway).
 */
export function commitImportOffThread(params: CommitOffThreadParams): Promise<ImportResult> {
  return runAfterImports(() => runWorker(params));
}

function runWorker(params: CommitOffThreadParams): Promise<ImportResult> {
  return new Promise<ImportResult>((resolve, reject) => {
    let reply: CommitReply | undefined;
    const worker = startWorker(params);
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

function startWorker(params: CommitOffThreadParams): Worker {
  // In the Next server the bundler builds the worker from this literal `new Worker(new URL(...))` and
  // rewrites it to load that entry (the URL itself then names a copied asset, not something to run).
  if (process.env.NEXT_RUNTIME)
    return new Worker(new URL('./commit-worker.ts', import.meta.url), { workerData: params });
  // Unbundled (Vitest, tsx scripts) this module is the TypeScript source: the thread registers tsx first.
  const source = import.meta.url.replace(/commit-off-thread\.ts$/, 'commit-worker.ts');
  const bootstrap = `import('tsx/esm/api').then((tsx) => { tsx.register(); return import(${JSON.stringify(source)}); })`;
  return new Worker(bootstrap, { eval: true, workerData: params });
}
