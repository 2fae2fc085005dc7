'use client';

import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { messageOf, trpc } from '~/trpc/client';

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
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const act = async () => {
    const reason =
      window.prompt(
        deleted ? 'Reason for restoring (optional)' : 'Reason for deleting (optional)',
      ) ?? undefined;
    try {
      const input = { id, version, reason: reason || undefined };
      if (kind === 'source') {
        if (deleted) await trpc.records.restoreSource.mutate(input);
        else await trpc.records.softDeleteSource.mutate(input);
      } else if (deleted) await trpc.records.restore.mutate({ ...input, kind });
      else await trpc.records.softDelete.mutate({ ...input, kind });
      router.refresh();
    } catch (e) {
      setError(messageOf(e));
    }
  };
  return (
    <div>
      <button
        type="button"
        aria-label={label ? `${deleted ? 'Restore' : 'Delete'} ${label}` : undefined}
        onClick={() => void act()}
        className={`rounded border px-3 py-1 text-sm ${deleted ? 'border-emerald-700 text-emerald-800' : 'border-red-700 text-red-800'}`}
      >
        {deleted ? 'Restore' : 'Delete'}
      </button>
      {error ? (
        <p role="alert" className="text-sm text-red-700">
          {error}
        </p>
      ) : null}
    </div>
  );
}
