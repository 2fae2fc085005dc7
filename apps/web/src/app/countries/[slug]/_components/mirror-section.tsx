import type { RouterOutputs } from '@tianshan/api';
import { formatUsd } from '@tianshan/model';
import { qualified } from '~/components/qualified';
import { DownloadCsv, EmptyState, Section, TableBox, td, tdNum, th } from '~/components/ui/section';
import { exportHref } from '~/filters/view-links';
import type { Country } from './country';

type Props = { country: Country; mirror: RouterOutputs['trade']['mirror'] };

/** The latest years both sides reported; the download holds every year's reports. */
const YEARS_SHOWN = 6;

type Year = RouterOutputs['trade']['mirror']['years'][number];

/** The figures themselves, with their sources and other reports, are in the trade table above. */
const total = (f: Year['china']) =>
  f.totalUsd === null ? '—' : qualified(f.qualifier, formatUsd(f.totalUsd));

/** China's figure beside the partner's for the latest years both exist, and why the two differ. */
export function MirrorSection({ country, mirror }: Props) {
  const years = mirror.years.slice(-YEARS_SHOWN);
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
            {years.map((y) => (
              <tr key={y.year} data-testid={`mirror-${y.year}`}>
                <td className={td}>{y.year}</td>
                <td className={tdNum}>{total(y.china)}</td>
                <td className={tdNum}>{total(y.partner)}</td>
                <td className={tdNum}>{y.ratio.toFixed(2)}×</td>
              </tr>
            ))}
          </tbody>
        </TableBox>
      )}
      <p className="text-sm text-muted">
        {mirror.years.length > YEARS_SHOWN
          ? `The latest ${YEARS_SHOWN} of ${mirror.years.length} years both sides reported; the download holds every year's reports. `
          : ''}
        Each figure&apos;s sources and other reports are in the trade table above and in the trade
        explorer.
      </p>
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
