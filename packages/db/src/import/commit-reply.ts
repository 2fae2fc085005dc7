import type { ImportResult } from './commit-errors';

/** What the commit worker answers; errors travel as data, since a thread cannot send an Error's class. */
export type CommitReply =
  | { ok: true; result: ImportResult }
  | { ok: false; reason: 'not-found' }
  | { ok: false; reason: 'outdated'; conflicts: string[]; total: number }
  | { ok: false; reason: 'failed'; message: string };
