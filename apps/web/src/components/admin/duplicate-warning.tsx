'use client';

import Link from 'next/link';
import { useEffect, useState } from 'react';
import { useWatch, type UseFormReturn } from 'react-hook-form';
import type { RouterOutputs } from '@tianshan/api';
import { trpc } from '~/trpc/client';
import { duplicateQueryOf } from './duplicate-query';
import type { FormKind, FormValues } from './record-fields';

type Duplicates = RouterOutputs['workbench']['duplicates'];

/** Long enough that typing a name does not ask the server at every key. */
const QUIET_MS = 400;

/**
 * Warns, before saving, that the figure being added is already stored, and links to it. Only a warning:
 * a second report of the same figure is legitimate, and the editor may still save.
 */
export function DuplicateWarning({
  kind,
  form,
}: {
  kind: FormKind;
  form: UseFormReturn<FormValues>;
}) {
  const values = useWatch({ control: form.control, name: 'fields' });
  const query = duplicateQueryOf(kind, values);
  const key = JSON.stringify(query);
  const [found, setFound] = useState<{ key: string; duplicates: Duplicates } | null>(null);

  useEffect(() => {
    if (!query) return;
    let current = true;
    const timer = setTimeout(() => {
      trpc.workbench.duplicates
        .query(query)
        .then((duplicates) => {
          if (current) setFound({ key, duplicates });
        })
        // A failed check must not block adding: the form simply shows no warning.
        .catch(() => undefined);
    }, QUIET_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
    // The key is the query's content: a new object with the same fields asks nothing new.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);

  const duplicates = query && found?.key === key ? found.duplicates : [];
  return (
    <div aria-live="polite">
      {duplicates.length ? (
        <div
          data-testid="duplicate-warning"
          className="rounded border border-amber-400 bg-amber-50 p-3 text-sm text-amber-900"
        >
          <p className="font-semibold">
            {duplicates.length === 1
              ? 'This may already be recorded:'
              : `This may already be recorded ${duplicates.length} times:`}
          </p>
          <ul className="list-disc pl-5">
            {duplicates.map((d) => (
              <li key={d.id}>
                <Link className="underline" href={`/admin/records/${kind}/${d.id}`}>
                  {d.label} (#{d.id})
                </Link>
              </li>
            ))}
          </ul>
          <p>You can still save it, for example as a second report of the same figure.</p>
        </div>
      ) : null}
    </div>
  );
}
