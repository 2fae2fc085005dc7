import type { RouterOutputs } from '@tianshan/api';
import { formatGrowth, formatUsd, REPORTER_LABELS, type Reporter } from '@tianshan/model';
import { LazyLineChart } from '~/components/charts/lazy-charts';
import { TradeFigure } from '~/components/trade-figure';
import { DownloadCsv, EmptyState, Section, TableBox, td, tdNum, th } from '~/components/ui/section';
import { MoreLink } from '~/components/ui/more-link';
import { exportHref, viewHref } from '~/filters/view-links';
import type { Country } from './country';

type Props = { country: Country; series: RouterOutputs['trade']['series'] };

/** The table's most recent years; the chart draws every year, the trade explorer lists them all. */
const YEARS_SHOWN = 5;

/** Calendar-year trade: the chart over every year of the span, and the table of the latest years. */
export function TradeSection({ country, series }: Props) {
  const sorted = [...series.points].sort(
    (a, b) => b.year - a.year || a.reporter.localeCompare(b.reporter),
  );
  const years = [...new Set(sorted.map((p) => p.year))];
  const rows = sorted.filter((p) => years.indexOf(p.year) < YEARS_SHOWN);
  return (
    <Section
      id="trade"
      title="Trade over time (calendar years)"
      actions={
        <DownloadCsv
          href={exportHref.trade({ country: [country.code] })}
          what={`${country.name}'s trade reports`}
        />
      }
    >
      <p className="text-sm text-muted">
        Solid lines are China&apos;s customs figures; the dashed line is {country.name}&apos;s own
        statistics. Years no source reported are left as gaps.
      </p>
      <LazyLineChart
        xKey="year"
        data={series.chart}
        series={[
          { key: 'cn', label: 'Total (China-reported)' },
          { key: 'cnExports', label: "China's exports" },
          { key: 'cnImports', label: "China's imports" },
          { key: 'partner', label: `Total (${country.name}-reported)`, dashed: true },
        ]}
      />
      {rows.length === 0 ? (
        <EmptyState>No calendar-year trade figures yet.</EmptyState>
      ) : (
        <TableBox caption={`Calendar-year trade between China and ${country.name}, latest years`}>
          <thead>
            <tr>
              <th className={th}>Year</th>
              <th className={th}>Reporter</th>
              <th className={`${th} text-right`}>Total</th>
              <th className={`${th} text-right`}>China&apos;s exports</th>
              <th className={`${th} text-right`}>China&apos;s imports</th>
              <th className={`${th} text-right`}>Balance (China)</th>
              <th className={`${th} text-right`}>Change</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((p) => (
              <tr key={`${p.year}-${p.reporter}`} data-testid={`trade-row-${p.year}-${p.reporter}`}>
                <td className={td}>{p.year}</td>
                <td className={td}>{REPORTER_LABELS[p.reporter as Reporter] ?? p.reporter}</td>
                <td className={tdNum}>
                  <TradeFigure figure={p.figure} label={`${p.year} total`} />
                </td>
                <td className={tdNum}>
                  {p.chinaExportsUsd !== null ? formatUsd(p.chinaExportsUsd) : '—'}
                </td>
                <td className={tdNum}>
                  {p.chinaImportsUsd !== null ? formatUsd(p.chinaImportsUsd) : '—'}
                </td>
                <td className={tdNum}>{p.balanceUsd !== null ? formatUsd(p.balanceUsd) : '—'}</td>
                <td className={tdNum}>
                  {p.figure.yoyGrowthBp !== null ? (
                    <span title="as stated by the source">
                      {formatGrowth(p.figure.yoyGrowthBp)} (stated)
                    </span>
                  ) : p.computedGrowthBp !== null ? (
                    <span title="computed from the previous year of the same reporter">
                      {formatGrowth(p.computedGrowthBp)} (computed)
                    </span>
                  ) : (
                    '—'
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </TableBox>
      )}
      {years.length > YEARS_SHOWN ? (
        <MoreLink href={viewHref.trade({ country: [country.code], period: ['year'] })}>
          All {years.length} years in the trade explorer
        </MoreLink>
      ) : null}
    </Section>
  );
}
