import Link from 'next/link';
import type { RouterOutputs } from '@tianshan/api';
import { COUNTRIES, countryName, formatUsd } from '@tianshan/model';
import { Figure } from '~/components/figure';
import { DownloadCsv } from '~/components/ui/section';
import { FIVE_CN_YEARS } from './five-cn-years';

type Cell = RouterOutputs['trade']['byCountryYear']['cells'][number];
type Props = { latestByCountry: Cell[]; check: RouterOutputs['trade']['aggregateCheck'] };

/** Each country's latest China-reported year, and whether the five add up to China's own total. */
export function TradeByCountry({ latestByCountry, check }: Props) {
  const latestCheck = check.at(-1);
  return (
    <section aria-labelledby="by-country">
      <h2 id="by-country" className="mb-2 text-xl font-semibold">
        Trade with China by country, latest year (China&apos;s customs)
      </h2>
      <table className="w-full max-w-xl border-collapse bg-white text-sm">
        <thead>
          <tr className="border-b border-line text-left">
            <th className="p-2">Country</th>
            <th className="p-2">Year</th>
            <th className="p-2 text-right">Total trade</th>
          </tr>
        </thead>
        <tbody>
          {COUNTRIES.map((c) => {
            const cell = latestByCountry.find((x) => x.country === c.code);
            return (
              <tr key={c.code} className="border-b border-line">
                <td className="p-2">
                  <Link className="text-accent underline" href={`/countries/${c.slug}`}>
                    {c.name}
                  </Link>
                </td>
                <td className="p-2 tabular-nums">{cell ? cell.year : ''}</td>
                <td className="p-2 text-right" data-testid={`trade-${c.code}`}>
                  {cell ? (
                    <Figure
                      usd={cell.figure.totalUsd}
                      qualifier={cell.figure.qualifier}
                      sources={cell.figure.sources}
                      label={c.name}
                    />
                  ) : (
                    <span className="text-muted">no figure</span>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {latestCheck ? (
        <p className="mt-2 text-sm text-muted">
          Consistency check, {latestCheck.year}: the five countries sum to{' '}
          {formatUsd(latestCheck.sumOfCountriesUsd)}; China reports{' '}
          {formatUsd(latestCheck.reportedUsd)} for {countryName('C5').toLowerCase()}.
        </p>
      ) : null}
      <DownloadCsv href={FIVE_CN_YEARS} what="China-reported yearly trade of the five countries" />
    </section>
  );
}
