import type { RouterOutputs } from '@tianshan/api';
import { formatPartialDate } from '@tianshan/model';
import { Figure } from '~/components/figure';

export type InvestmentGroup = RouterOutputs['investments']['summary'][number];

/** A group's newest figure: its amount (or count), its date, and who reported it. */
export function LatestFigure({ group }: { group: InvestmentGroup }) {
  const { latest } = group;
  return (
    <>
      {latest.amountUsd !== null ? (
        <Figure
          usd={latest.amountUsd}
          qualifier={latest.qualifier}
          sources={latest.sources}
          label={latest.metricLabel}
        />
      ) : latest.count !== null ? (
        <span>{latest.count.toLocaleString('en-US')}</span>
      ) : (
        <span className="text-muted">share only</span>
      )}
      <span className="note">
        {latest.asOfLabel ?? formatPartialDate(latest.asOf)}
        {group.records > 1 ? ` · ${group.records} figures` : ''}
      </span>
      {latest.reporterBasis ? (
        <span className="note whitespace-normal">reported by {latest.reporterBasis}</span>
      ) : null}
    </>
  );
}
