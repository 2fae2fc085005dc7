'use client';

import { trpc } from '~/trpc/client';
import { ActionError } from './action-error';
import { useReasonedAction } from './reasoned-action';

/**
 * Soft delete (restorable) and restore, each asking for an optional reason that goes into the history.
 * Given the version the editor saw (a list row), a record changed since is refused rather than deleted.
 */
export function DeleteRestore({
  kind,
  id,
  deleted,
  version,
  label,
}: {
  kind: string;
  id: number;
  deleted: boolean;
  version?: number;
  /** Names the record for screen readers where several buttons share a page. */
  label?: string;
}) {
  const { run, error } = useReasonedAction(
    deleted ? 'Reason for restoring (optional)' : 'Reason for deleting (optional)',
    async (reason) => {
      const input = { id, version, reason };
      if (kind === 'source') {
        if (deleted) await trpc.records.restoreSource.mutate(input);
        else await trpc.records.softDeleteSource.mutate(input);
      } else if (deleted) await trpc.records.restore.mutate({ ...input, kind });
      else await trpc.records.softDelete.mutate({ ...input, kind });
    },
  );
  return (
    <div>
      <button
        type="button"
        aria-label={label ? `${deleted ? 'Restore' : 'Delete'} ${label}` : undefined}
        onClick={run}
        className={`rounded border px-3 py-1 text-sm ${deleted ? 'border-emerald-700 text-emerald-800' : 'border-red-700 text-red-800'}`}
      >
        {deleted ? 'Restore' : 'Delete'}
      </button>
      <ActionError error={error} />
    </div>
  );
}
