import type { RouterOutputs } from '@tianshan/api';
import { formatGrowth, formatPeriod, REPORTER_LABELS, type Reporter } from '@tianshan/model';
import { TradeFigure } from '~/components/trade-figure';
import { Section, TableBox, td, tdNum, th } from '~/components/ui/section';

type Props = { figures: RouterOutputs['trade']['figures'] };

/** Halves, quarters, months and year-to-date figures, newest first; shown only when there are any. */
export function PartYearSection({ figures }: Props) {
  if (!figures.length) return null;
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
          {[...figures]
            .sort((a, b) => b.year - a.year || b.periodEndMonth - a.periodEndMonth)
            .map((f) => (
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
    </Section>
  );
}
