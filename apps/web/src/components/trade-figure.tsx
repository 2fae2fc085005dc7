import type { RouterOutputs } from '@tianshan/api';
import { formatUsd, REPORTER_LABELS, type Reporter } from '@tianshan/model';
import { qualified } from './qualified';
import { ReportedValue } from './reported-value';

/** A preferred trade figure with the other reports of it, as the trade procedures return it. */
type PreferredFigure = RouterOutputs['trade']['figures'][number];

const BECAUSE: Record<string, string> = {
  'admin-choice': 'chosen by an editor',
  'exact-over-bound': 'an exact figure is preferred over a bound or an approximation',
  'latest-source': 'the most recent source is preferred',
  'better-source': 'the better-graded source is preferred (official statistics first)',
};

/** A trade total with its sources, and the other reports of the same figure with theirs. */
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
    <ReportedValue
      text={qualified(figure.qualifier, formatUsd(value))}
      label={label}
      sources={figure.sources}
      sourcesHeading={`Source${figure.sources.length > 1 ? 's' : ''} (${REPORTER_LABELS[figure.reporter as Reporter] ?? figure.reporter})`}
      others={others.map((o) => ({
        id: o.id,
        text: qualified(o.qualifier, formatUsd(o[field] ?? 0)),
        sources: o.sources,
      }))}
      because={BECAUSE[figure.preferredBecause] ?? 'preferred figure'}
    />
  );
}
