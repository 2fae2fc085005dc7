import type { RouterOutputs } from '@tianshan/api';
import {
  countryName,
  formatPartialDate,
  INVESTMENT_COVERAGE_LABELS,
  INVESTMENT_METRIC_LABELS,
  type InvestmentMetric,
  type ScopeCode,
} from '@tianshan/model';
import { figureCell } from '~/components/investments/latest-figure';
import { WordedTable } from '~/components/investments/worded-table';
import { Section } from '~/components/ui/section';

type Props = { list: RouterOutputs['investments']['list'] };

const COLUMNS = [
  { label: 'Country' },
  { label: 'As of' },
  { label: 'Kind and coverage' },
  { label: 'What the source measured' },
  { label: 'Amount (USD)', num: true },
  { label: 'Original', num: true },
  { label: 'Count', num: true },
  { label: 'Reported by' },
];

/** Every figure matching the filters, each with what it covers and who reported it. */
export function AllFigures({ list }: Props) {
  return (
    <Section id="all" title={`All figures (${list.total})`}>
      <WordedTable
        caption="All investment figures matching the filters"
        columns={COLUMNS}
        rows={list.rows.map((i) => ({
          key: i.id,
          cells: [
            { text: countryName(i.scope as ScopeCode) },
            { text: i.asOfLabel ?? formatPartialDate(i.asOf), className: 'whitespace-nowrap' },
            {
              text: INVESTMENT_METRIC_LABELS[i.metricKind as InvestmentMetric] ?? i.metricKind,
              notes: [INVESTMENT_COVERAGE_LABELS[i.coverage ?? 'other']],
            },
            { text: i.metricLabel, notes: i.notes ? [i.notes] : undefined },
            figureCell(i.amountUsd, i.qualifier, i.sources, i.metricLabel),
            i.amountOriginal && i.currency
              ? {
                  text: Number(i.amountOriginal).toLocaleString('en-US'),
                  notes: [i.currency],
                  num: true,
                }
              : { text: '—', num: true },
            { text: i.count !== null ? i.count.toLocaleString('en-US') : '—', num: true },
            { text: i.reporterBasis ?? '—', className: 'text-xs' },
          ],
        }))}
      />
    </Section>
  );
}
