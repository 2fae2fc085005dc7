import type { RouterOutputs } from '@tianshan/api';

type Entry = RouterOutputs['records']['history'][number];

const HIDDEN = new Set(['createdAt', 'updatedAt', 'version']);

/** What changed, field by field, between the stored before and after of one audit entry. */
function changes(before: string | null, after: string | null): [string, unknown, unknown][] {
  const b = (before ? JSON.parse(before) : {}) as Record<string, unknown>;
  const a = (after ? JSON.parse(after) : {}) as Record<string, unknown>;
  return [...new Set([...Object.keys(b), ...Object.keys(a)])]
    .filter((k) => !HIDDEN.has(k) && JSON.stringify(b[k]) !== JSON.stringify(a[k]))
    .map((k) => [k, b[k], a[k]]);
}

const show = (v: unknown) =>
  v === null || v === undefined ? '—' : typeof v === 'object' ? JSON.stringify(v) : String(v);

export function History({ entries }: { entries: Entry[] }) {
  return (
    <section aria-labelledby="history" className="space-y-2">
      <h2 id="history" className="text-xl font-semibold">
        History
      </h2>
      {entries.length === 0 ? <p className="text-muted">No recorded changes.</p> : null}
      <ol className="space-y-2" data-testid="history">
        {entries.map((e) => (
          <li key={e.id} className="rounded border border-line bg-white p-3 text-sm">
            <p>
              <span className="font-semibold">{e.action}</span> by {e.actor} at{' '}
              <time dateTime={e.at}>{e.at.replace('T', ' ').replace(/\.\d+Z$/, ' UTC')}</time>
              {e.reason ? <span className="text-muted"> — “{e.reason}”</span> : null}
            </p>
            <ul className="mt-1 text-xs">
              {changes(e.before, e.after).map(([field, from, to]) => (
                <li key={field}>
                  <span className="font-mono">{field}</span>:{' '}
                  <span className="text-red-800 line-through">{show(from)}</span> →{' '}
                  <span className="text-emerald-800">{show(to)}</span>
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ol>
    </section>
  );
}
