import Link from 'next/link';
import type { RouterOutputs } from '@tianshan/api';
import { formatGrowth, formatPartialDate, formatPeriod, formatUsd } from '@tianshan/model';
import { Figure } from '~/components/figure';

type Props = {
  headline: RouterOutputs['trade']['headline'];
  counts: RouterOutputs['projects']['counts'];
  freshness: RouterOutputs['sources']['freshness'];
};

/** The three numbers a reader sees first: total trade, projects tracked, and how fresh the sources are. */
export function HeadlineCards({ headline, counts, freshness }: Props) {
  return (
    <section aria-labelledby="headline" className="grid gap-4 md:grid-cols-3">
      <h1 id="headline" className="sr-only">
        China–Central Asia overview
      </h1>
      {headline ? (
        <div className="rounded-lg border border-line bg-white p-4" data-testid="headline-trade">
          <p className="text-sm text-muted">
            China–Central Asia trade, {formatPeriod(headline.latest.year, headline.latest.period)}{' '}
            (China&apos;s customs)
          </p>
          <div className="text-3xl">
            <Figure
              usd={headline.latest.totalUsd}
              qualifier={headline.latest.qualifier}
              sources={headline.latest.sources}
              label="Trade"
            />
          </div>
          <p className="text-sm text-muted">
            {headline.computedGrowthBp !== null
              ? `${formatGrowth(headline.computedGrowthBp)} on ${headline.latest.year - 1} (${headline.previous ? formatUsd(headline.previous.totalUsd ?? 0) : ''})`
              : headline.latest.yoyGrowthBp !== null
                ? `${formatGrowth(headline.latest.yoyGrowthBp)} y/y as stated by the source`
                : 'no comparable previous year'}
          </p>
        </div>
      ) : null}
      <div className="rounded-lg border border-line bg-white p-4">
        <p className="text-sm text-muted">Cooperation projects tracked</p>
        <p className="text-3xl font-medium">{counts.byStatus.reduce((s, c) => s + c.count, 0)}</p>
        <p className="text-sm text-muted">
          {counts.byStatus
            .filter((s) => s.status === 'operating' || s.status === 'under-construction')
            .map((s) => `${s.count} ${s.status.replace('-', ' ')}`)
            .join(' · ')}
        </p>
      </div>
      <div className="rounded-lg border border-line bg-white p-4">
        <p className="text-sm text-muted">Newest source</p>
        <p className="text-3xl font-medium">{freshness ? formatPartialDate(freshness) : '—'}</p>
        <p className="text-sm">
          <Link className="text-accent underline" href="/sources">
            All sources
          </Link>
        </p>
      </div>
    </section>
  );
}
