'use client';

import { createTRPCClient, httpBatchLink, TRPCClientError } from '@trpc/client';
import superjson from 'superjson';
import type { AppRouter } from '@tianshan/api';

/** The browser's tRPC client: JSON POSTs to our own origin, cookies included (same-origin). */
export const trpc = createTRPCClient<AppRouter>({
  links: [httpBatchLink({ url: '/api/trpc', transformer: superjson })],
});

/** Field path → messages from a BAD_REQUEST, so each message lands next to its field. */
export function fieldErrorsOf(error: unknown): Record<string, string[]> {
  if (error instanceof TRPCClientError)
    return (
      (error.data as { fieldErrors?: Record<string, string[]> } | undefined)?.fieldErrors ?? {}
    );
  return {};
}

export function messageOf(error: unknown): string {
  if (error instanceof TRPCClientError) {
    const code = (error.data as { code?: string } | undefined)?.code;
    if (code === 'UNAUTHORIZED') return 'Your session has ended: sign in again.';
    if (code === 'FORBIDDEN') return 'Your role does not allow this change.';
    return error.message;
  }
  return 'The change could not be saved. Check your connection and try again.';
}

/** A save refused because the record changed since the form was opened: what changed, field by field. */
export interface StaleEdit {
  currentVersion: number;
  changes: { field: string; theirs: unknown; now: unknown }[];
}

export function staleEditOf(error: unknown): StaleEdit | null {
  if (!(error instanceof TRPCClientError)) return null;
  return (error.data as { staleEdit?: StaleEdit | null } | undefined)?.staleEdit ?? null;
}
