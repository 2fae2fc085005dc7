import type { RouterOutputs } from '@tianshan/api';
import { TradeFigure } from '~/components/trade-figure';
import { DownloadCsv, EmptyState, Section, TableBox, td, tdNum, th } from '~/components/ui/section';
import { exportHref } from '~/filters/view-links';
import type { Country } from './country';

type Props = { country: Country; mirror: RouterOutputs['trade']['mirror'] };

/** China's figure beside the partner's for each year both exist, and why the two differ. */
export function MirrorSection({ country, mirror }: Props) {
  return (
    <Section
      id="mirror"
      title="Mirror statistics: China-reported vs partner-reported"
      actions={
        <DownloadCsv
          href={exportHref.trade({ country: [country.code], period: ['year'] })}
          what="the reports compared here"
        />
      }
    >
      {mirror.years.length === 0 ? (
        <EmptyState>
          No year has both a China-reported and a {country.name}-reported total yet.
        </EmptyState>
      ) : (
        <TableBox caption={`China-reported and ${country.name}-reported trade totals side by side`}>
          <thead>
            <tr>
              <th className={th}>Year</th>
              <th className={`${th} text-right`}>China reports</th>
              <th className={`${th} text-right`}>{country.name} reports</th>
              <th className={`${th} text-right`}>Gap ratio</th>
            </tr>
          </thead>
          <tbody>
            {mirror.years.map((y) => (
              <tr key={y.year} data-testid={`mirror-${y.year}`}>
                <td className={td}>{y.year}</td>
                <td className={tdNum}>
                  <TradeFigure figure={y.china} label={`${y.year} China-reported`} />
                </td>
                <td className={tdNum}>
                  <TradeFigure figure={y.partner} label={`${y.year} ${country.name}-reported`} />
                </td>
                <td className={tdNum}>{y.ratio.toFixed(2)}×</td>
              </tr>
            ))}
          </tbody>
        </TableBox>
      )}
      <div className="rounded border border-line bg-white p-3 text-sm">
        <p className="font-semibold">Why the figures differ</p>
        <ul className="ml-5 list-disc">
          {mirror.reasons.map((r) => (
            <li key={r}>{r}</li>
          ))}
        </ul>
      </div>
    </Section>
  );
}
