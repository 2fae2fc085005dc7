import Link from 'next/link';
import type { RouterOutputs } from '@tianshan/api';
import {
  formatPartialDate,
  INVESTMENT_METRIC_LABELS,
  type InvestmentMetric,
} from '@tianshan/model';
import { LazyBarCounts } from '~/components/charts/lazy-charts';
import { Figure } from '~/components/figure';
import { label } from '~/components/filters/filter-form';
import { DownloadCsv } from '~/components/ui/section';

type Props = {
  counts: RouterOutputs['projects']['counts'];
  c5Investments: RouterOutputs['investments']['summary'];
};

/** Projects by status beside the latest investment figure of each kind for the five together. */
export function ProjectsAndInvestment({ counts, c5Investments }: Props) {
  return (
    <section aria-labelledby="status" className="grid gap-6 lg:grid-cols-2">
      <div>
        <h2 id="status" className="mb-2 text-xl font-semibold">
          Projects by status
        </h2>
        <LazyBarCounts
          data={[...counts.byStatus]
            .sort((a, b) => b.count - a.count)
            .map((s) => ({ label: label(s.status), count: s.count }))}
        />
        <ul className="sr-only">
          {counts.byStatus.map((s) => (
            <li key={s.status}>
              {label(s.status)}: {s.count}
            </li>
          ))}
        </ul>
        <DownloadCsv href="/export/projects.csv" what="all projects" />
      </div>
      <div>
        <h2 className="mb-2 text-xl font-semibold">Chinese investment in the five together</h2>
        <p className="mb-2 text-xs text-muted">
          The latest figure of each kind; kinds measure different things and are never added.
        </p>
        <ul className="space-y-2">
          {c5Investments.map((g) => (
            <li key={g.metricKind} className="rounded border border-line bg-white p-3 text-sm">
              <p className="text-muted">
                {INVESTMENT_METRIC_LABELS[g.metricKind as InvestmentMetric] ?? g.metricKind} ·{' '}
                {g.latest.asOfLabel ?? formatPartialDate(g.latest.asOf)}
              </p>
              <div className="text-lg">
                <Figure
                  usd={g.latest.amountUsd}
                  qualifier={g.latest.qualifier}
                  sources={g.latest.sources}
                  label={g.latest.metricLabel}
                />
              </div>
              <p className="text-xs">{g.latest.metricLabel}</p>
            </li>
          ))}
        </ul>
        <Link className="mt-2 inline-block text-sm text-accent underline" href="/investments">
          All investment figures
        </Link>
      </div>
    </section>
  );
}
