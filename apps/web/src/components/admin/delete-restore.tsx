'use client';

import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { messageOf, trpc } from '~/trpc/client';

/** Soft delete (restorable) and restore, each asking for an optional reason that goes into the history. */
export function DeleteRestore({
  kind,
  id,
  deleted,
}: {
  kind: string;
  id: number;
  deleted: boolean;
}) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const act = async () => {
    const reason =
      window.prompt(
        deleted ? 'Reason for restoring (optional)' : 'Reason for deleting (optional)',
      ) ?? undefined;
    try {
      if (deleted) await trpc.records.restore.mutate({ kind, id, reason: reason || undefined });
      else await trpc.records.softDelete.mutate({ kind, id, reason: reason || undefined });
      router.refresh();
    } catch (e) {
      setError(messageOf(e));
    }
  };
  return (
    <div>
      <button
        type="button"
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
