'use client';

import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { messageOf } from '~/trpc/client';

/**
 * An admin action that first asks why (the answer goes into the record's history; blank is allowed), then
 * runs and refreshes the page. Cancelling the question cancels the action. A refusal from the server is
 * kept as `error` for the button to show beside it.
 */
export function useReasonedAction(
  question: string,
  action: (reason: string | undefined) => Promise<unknown>,
) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const run = async () => {
    const answer = window.prompt(question);
    if (answer === null) return;
    try {
      await action(answer.trim() || undefined);
      setError(null);
      router.refresh();
    } catch (e) {
      setError(messageOf(e));
    }
  };
  return { run: () => void run(), error };
}
