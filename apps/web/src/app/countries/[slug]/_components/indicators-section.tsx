import type { RouterOutputs } from '@tianshan/api';
import { formatPartialDate } from '@tianshan/model';
import { qualified } from '~/components/qualified';
import { citationsOf } from '~/components/citation';
import { SourceDisclosure } from '~/components/source-disclosure';
import { DownloadCsv, Section, TableBox, td, tdNum, th } from '~/components/ui/section';
import { exportHref } from '~/filters/view-links';
import type { Country } from './country';

type Props = { country: Country; indicators: RouterOutputs['indicators']['list'] };

/** Indicators shown; the download holds every one. */
const SHOWN = 8;

/** The country's other sourced indicators; shown only when there are any. */
export function IndicatorsSection({ country, indicators }: Props) {
  if (!indicators.length) return null;
  return (
    <Section
      id="indicators"
      title="Other indicators"
      actions={
        <DownloadCsv
          href={exportHref.indicators({ country: [country.code] })}
          what={`${country.name}'s indicators`}
        />
      }
    >
      <TableBox caption={`Other indicators for ${country.name}`}>
        <thead>
          <tr>
            <th className={th}>As of</th>
            <th className={th}>Metric</th>
            <th className={`${th} text-right`}>Value</th>
            <th className={th}>Source</th>
          </tr>
        </thead>
        <tbody>
          {indicators.slice(0, SHOWN).map((i) => (
            <tr key={i.id}>
              <td className={td}>{formatPartialDate(i.asOf)}</td>
              <td className={td}>
                {i.metric}
                {i.notes ? <span className="note">{i.notes}</span> : null}
              </td>
              <td className={tdNum}>
                {qualified(
                  i.qualifier,
                  `${Number(i.value).toLocaleString('en-US', { maximumFractionDigits: 2 })} ${i.unit}`,
                )}
              </td>
              <td className={td}>
                <SourceDisclosure citations={citationsOf(i.sources)} />
              </td>
            </tr>
          ))}
        </tbody>
      </TableBox>
      {indicators.length > SHOWN ? (
        <p className="text-sm text-muted">
          {SHOWN} of {indicators.length} indicators; the download holds every one.
        </p>
      ) : null}
    </Section>
  );
}
