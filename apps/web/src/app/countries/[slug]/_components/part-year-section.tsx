import type { RouterOutputs } from '@tianshan/api';
import { formatGrowth, formatPeriod, REPORTER_LABELS, type Reporter } from '@tianshan/model';
import { TradeFigure } from '~/components/trade-figure';
import { MoreLink } from '~/components/ui/more-link';
import { Section, TableBox, td, tdNum, th } from '~/components/ui/section';
import { viewHref } from '~/filters/view-links';
import type { Country } from './country';

type Props = { country: Country; figures: RouterOutputs['trade']['figures'] };

const PART_YEAR_KINDS = ['half', 'quarter', 'month', 'ytd'] as const;
/** The newest part-year figures; the trade explorer lists and pages them all. */
const SHOWN = 6;

/** Halves, quarters, months and year-to-date figures, newest first; shown only when there are any. */
export function PartYearSection({ country, figures }: Props) {
  if (!figures.length) return null;
  const newest = [...figures]
    .sort((a, b) => b.year - a.year || b.periodEndMonth - a.periodEndMonth)
    .slice(0, SHOWN);
  return (
    <Section id="part-year" title="Part-year figures">
      <TableBox caption="Trade figures for parts of a year">
        <thead>
          <tr>
            <th className={th}>Period</th>
            <th className={th}>Reporter</th>
            <th className={`${th} text-right`}>Total</th>
            <th className={`${th} text-right`}>Stated change</th>
          </tr>
        </thead>
        <tbody>
          {newest.map((f) => (
            <tr key={f.id}>
              <td className={td}>{formatPeriod(f.year, f.period)}</td>
              <td className={td}>{REPORTER_LABELS[f.reporter as Reporter] ?? f.reporter}</td>
              <td className={tdNum}>
                <TradeFigure figure={f} />
              </td>
              <td className={tdNum}>
                {f.yoyGrowthBp !== null ? formatGrowth(f.yoyGrowthBp) : '—'}
              </td>
            </tr>
          ))}
        </tbody>
      </TableBox>
      {figures.length > SHOWN ? (
        <MoreLink href={viewHref.trade({ country: [country.code], period: [...PART_YEAR_KINDS] })}>
          All {figures.length} part-year figures in the trade explorer
        </MoreLink>
      ) : null}
    </Section>
  );
}
