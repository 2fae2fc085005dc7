import type { FormField } from '@tianshan/model';
import type { StaleEdit } from '~/trpc/client';

/** Stored fields that are not form inputs, named for people. */
const OTHER_LABELS: Record<string, string> = {
  sourceIds: 'Sources (ids)',
  deletedAt: 'Deleted at',
  preferred: 'Preferred figure',
};

const shown = (value: unknown) =>
  value === null || value === undefined || value === ''
    ? '—'
    : typeof value === 'object'
      ? JSON.stringify(value)
      : String(value);

/**
 * Someone saved the record after this form was opened. The form keeps the user's input; this says what
 * the other save changed, so the user can reload the current version and redo their edit on top of it.
 */
export function StaleEditNotice({ stale, fields }: { stale: StaleEdit; fields: FormField[] }) {
  const labelOf = (name: string) =>
    fields.find((f) => f.name === name)?.label ?? OTHER_LABELS[name] ?? name;
  return (
    <div
      role="alert"
      data-testid="stale-edit"
      className="space-y-1 rounded border border-amber-300 bg-amber-50 p-2 text-sm text-amber-900"
    >
      <p className="font-semibold">
        Not saved: someone else changed this record after you opened it.
      </p>
      {stale.changes.length ? (
        <>
          <p>Changed since you opened it (then → now):</p>
          <ul className="list-disc pl-5">
            {stale.changes.map((c) => (
              <li key={c.field}>
                {labelOf(c.field)}: <span className="line-through">{shown(c.theirs)}</span> →{' '}
                <span className="font-medium">{shown(c.now)}</span>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <p>
        Your input is still in the form. Reload the page to edit the current version, then make your
        change again.
      </p>
    </div>
  );
}
