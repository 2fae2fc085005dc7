'use client';

import { useRouter } from 'next/navigation';
import { useState } from 'react';
import type { RouterOutputs } from '@tianshan/api';
import { sourceDescriptor, sourceInput } from '@tianshan/model';
import { useAppStarted } from '~/components/use-app-started';
import { messageOf, trpc } from '~/trpc/client';

type StoredSource = RouterOutputs['sources']['byId'];

/** The grade's choices and wording come from the source kind's descriptor, like every form field. */
const gradeField = sourceDescriptor.fields.grade;

/** The source's input as stored, with the grade the editor chose (blank: read from the publisher). */
function withGrade(source: StoredSource, grade: string) {
  const data: Record<string, unknown> = {};
  for (const field of Object.keys(sourceDescriptor.fields))
    data[field] = source[field as keyof StoredSource] ?? null;
  return sourceInput.parse({ ...data, grade: grade || null });
}

/**
 * An editor's grade for one source, on the source's own page. Saved against the version the page read,
 * so an edit made meanwhile by someone else is refused rather than overwritten.
 */
export function SourceGradeForm({ source }: { source: StoredSource }) {
  const router = useRouter();
  const [grade, setGrade] = useState<string>(source.grade ?? '');
  const [reason, setReason] = useState('');
  const [status, setStatus] = useState<{ error: boolean; text: string } | null>(null);
  const started = useAppStarted();
  const save = async () => {
    setStatus(null);
    try {
      await trpc.records.updateSource.mutate({
        id: source.id,
        version: source.version,
        data: withGrade(source, grade),
        reason: reason || undefined,
      });
      setStatus({ error: false, text: 'Saved.' });
      router.refresh();
    } catch (error) {
      setStatus({ error: true, text: messageOf(error) });
    }
  };
  return (
    <form
      method="post"
      aria-label="Grade this source"
      className="flex flex-wrap items-end gap-3 rounded border border-line bg-white p-3 text-sm"
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      <label className="block">
        <span className="font-semibold">{gradeField.label}</span>
        <select
          className="mt-1 block rounded border border-line px-2 py-1"
          value={grade}
          onChange={(event) => setGrade(event.target.value)}
        >
          <option value="">from the publisher and address</option>
          {gradeField.codec.options?.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      </label>
      <label className="block grow">
        <span>Reason for the change (optional, kept in the history)</span>
        <input
          type="text"
          className="mt-1 block w-full rounded border border-line px-2 py-1"
          value={reason}
          onChange={(event) => setReason(event.target.value)}
        />
      </label>
      <button
        type="submit"
        disabled={!started}
        className="rounded bg-accent px-3 py-1 text-white disabled:opacity-60"
      >
        Save grade
      </button>
      {status ? (
        <p role={status.error ? 'alert' : 'status'} className={status.error ? 'text-red-700' : ''}>
          {status.text}
        </p>
      ) : null}
    </form>
  );
}
