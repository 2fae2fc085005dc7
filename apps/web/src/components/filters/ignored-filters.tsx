import type { IgnoredParam } from '~/filters/read-params';

/**
 * Says which parts of the address the page did not apply, and why: a reader who shares or downloads a
 * mistyped link must not believe it is filtered.
 */
export function IgnoredFilters({ ignored }: { ignored: IgnoredParam[] }) {
  if (ignored.length === 0) return null;
  return (
    <div
      role="status"
      data-testid="ignored-filters"
      className="rounded border border-amber-300 bg-amber-50 p-3 text-sm"
    >
      <p className="font-semibold">
        {ignored.length === 1 ? 'One filter was' : `${ignored.length} filters were`} ignored; the
        page shows the rows without {ignored.length === 1 ? 'it' : 'them'}:
      </p>
      <ul className="mt-1 list-disc pl-5">
        {ignored.map((i, n) => (
          <li key={`${i.param}-${n}`}>
            <code>
              {i.param}={i.value}
            </code>{' '}
            — {i.reason}.
          </li>
        ))}
      </ul>
    </div>
  );
}
