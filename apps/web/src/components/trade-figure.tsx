import type { RouterOutputs } from '@tianshan/api';
import { formatUsd, REPORTER_LABELS, type Reporter } from '@tianshan/model';
import { qualified } from './qualified';
import { SourceList } from './source-list';

/** A preferred trade figure with the other reports of it, as the trade procedures return it. */
type PreferredFigure = RouterOutputs['trade']['figures'][number];

const BECAUSE: Record<string, string> = {
  'admin-choice': 'chosen by an editor',
  'exact-over-bound': 'an exact figure is preferred over a bound or an approximation',
  'latest-source': 'the most recent source is preferred',
};

/**
 * A trade total with its sources, and — when other reports of the same figure exist — a visible note
 * that lists them with their own sources. Disagreement is shown, never hidden.
 */
export function TradeFigure({
  figure,
  field = 'totalUsd',
  label,
}: {
  figure: PreferredFigure;
  field?: 'totalUsd' | 'chinaExportsUsd' | 'chinaImportsUsd';
  label?: string;
}) {
  const value = figure[field] ?? null;
  if (value === null) return <span className="text-muted">—</span>;
  const others = figure.alternatives.filter((a) => (a[field] ?? null) !== null);
  return (
    <details className="figure">
      <summary
        className="figure-toggle"
        aria-label={`${label ? `${label}: ` : ''}${qualified(figure.qualifier, formatUsd(value))}${others.length ? `, ${others.length} other report${others.length > 1 ? 's' : ''}` : ''}, show sources`}
      >
        {qualified(figure.qualifier, formatUsd(value))}
        {others.length ? (
          <sup
            className="ml-0.5 rounded bg-amber-100 px-1 text-[10px] font-semibold text-amber-900 no-underline"
            title="Other reports of this figure exist"
          >
            +{others.length}
          </sup>
        ) : null}
      </summary>
      <div className="figure-popover">
        <p className="mb-1 font-semibold">
          Source{figure.sources.length > 1 ? 's' : ''} (
          {REPORTER_LABELS[figure.reporter as Reporter] ?? figure.reporter})
        </p>
        <SourceList sources={figure.sources} />
        {others.length ? (
          <div className="mt-2 border-t border-line pt-2">
            <p className="font-semibold">Other reports of this figure</p>
            <p className="text-muted">
              Shown: {BECAUSE[figure.preferredBecause] ?? 'preferred figure'}.
            </p>
            <ul className="mt-1 space-y-2">
              {others.map((o) => (
                <li key={o.id}>
                  <span className="font-medium tabular-nums">
                    {qualified(o.qualifier, formatUsd(o[field] ?? 0))}
                  </span>
                  <SourceList sources={o.sources} />
                </li>
              ))}
            </ul>
          </div>
        ) : null}
      </div>
    </details>
  );
}
