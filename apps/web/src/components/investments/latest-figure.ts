import type { RouterOutputs } from '@tianshan/api';
import { formatPartialDate, formatUsd } from '@tianshan/model';
import { citationsOf, type SourceRefView } from '~/components/citation';
import { qualified } from '~/components/qualified';
import type { WordedCell } from './worded-table';

export type InvestmentGroup = RouterOutputs['investments']['summary'][number];

/** An amount with its qualifier and its sources one click away, as `Figure` shows it, as a table cell. */
export function figureCell(
  usd: number | null,
  qualifier: string,
  sources: SourceRefView[],
  label?: string,
): WordedCell {
  if (usd === null) return { text: 'not stated', muted: true, num: true };
  return {
    text: qualified(qualifier, formatUsd(usd)),
    figure: { label, citations: citationsOf(sources) },
    num: true,
  };
}

/** A group's newest figure as a cell: its amount (or count), its date, and who reported it. */
export function latestFigureCell(group: InvestmentGroup, testId?: string): WordedCell {
  const { latest } = group;
  const value: WordedCell =
    latest.amountUsd !== null
      ? figureCell(latest.amountUsd, latest.qualifier, latest.sources, latest.metricLabel)
      : latest.count !== null
        ? { text: latest.count.toLocaleString('en-US'), num: true }
        : { text: 'share only', muted: true, num: true };
  return {
    ...value,
    notes: [
      `${latest.asOfLabel ?? formatPartialDate(latest.asOf)}${group.records > 1 ? ` · ${group.records} figures` : ''}`,
    ],
    byline: latest.reporterBasis ? `reported by ${latest.reporterBasis}` : undefined,
    testId,
  };
}
