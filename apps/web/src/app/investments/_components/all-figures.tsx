import type { RouterOutputs } from '@tianshan/api';
import {
  countryName,
  formatPartialDate,
  INVESTMENT_COVERAGE_LABELS,
  INVESTMENT_METRIC_LABELS,
  type InvestmentMetric,
  type ScopeCode,
} from '@tianshan/model';
import { Figure } from '~/components/figure';
import { Section, TableBox, td, tdNum, thWrap } from '~/components/ui/section';

type Props = { list: RouterOutputs['investments']['list'] };

/** Every figure matching the filters, each with what it covers and who reported it. */
export function AllFigures({ list }: Props) {
  return (
    <Section id="all" title={`All figures (${list.total})`}>
      <TableBox caption="All investment figures matching the filters">
        <thead>
          <tr>
            <th className={thWrap}>Country</th>
            <th className={thWrap}>As of</th>
            <th className={thWrap}>Kind and coverage</th>
            <th className={thWrap}>What the source measured</th>
            <th className={`${thWrap} text-right`}>Amount (USD)</th>
            <th className={`${thWrap} text-right`}>Original</th>
            <th className={`${thWrap} text-right`}>Count</th>
            <th className={thWrap}>Reported by</th>
          </tr>
        </thead>
        <tbody>
          {list.rows.map((i) => (
            <tr key={i.id}>
              <td className={td}>{countryName(i.scope as ScopeCode)}</td>
              <td className={`${td} whitespace-nowrap`}>
                {i.asOfLabel ?? formatPartialDate(i.asOf)}
              </td>
              <td className={td}>
                {INVESTMENT_METRIC_LABELS[i.metricKind as InvestmentMetric] ?? i.metricKind}
                <span className="note">{INVESTMENT_COVERAGE_LABELS[i.coverage ?? 'other']}</span>
              </td>
              <td className={td}>
                {i.metricLabel}
                {i.notes ? <span className="note">{i.notes}</span> : null}
              </td>
              <td className={tdNum}>
                <Figure
                  usd={i.amountUsd}
                  qualifier={i.qualifier}
                  sources={i.sources}
                  label={i.metricLabel}
                />
              </td>
              <td className={tdNum}>
                {i.amountOriginal && i.currency ? (
                  <>
                    {Number(i.amountOriginal).toLocaleString('en-US')}
                    <span className="note">{i.currency}</span>
                  </>
                ) : (
                  '—'
                )}
              </td>
              <td className={tdNum}>{i.count !== null ? i.count.toLocaleString('en-US') : '—'}</td>
              <td className={`${td} text-xs`}>{i.reporterBasis ?? '—'}</td>
            </tr>
          ))}
        </tbody>
      </TableBox>
    </Section>
  );
}
