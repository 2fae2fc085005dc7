import type { RouterOutputs } from '@tianshan/api';
import { countryName, formatDueDate, formatReleasePeriod, releaseRuleOf } from '@tianshan/model';

type Series = RouterOutputs['trade']['coverage']['series'][number];

/** What each regular publisher should have released by now and is not here yet: an editor's to-do list. */
export function DueList({ series }: { series: Series[] }) {
  const due = series.flatMap((s) => {
    const rule = s.publisher ? releaseRuleOf(s.publisher) : null;
    if (!rule || !s.freshness?.dueSince) return [];
    return [{ ...s, rule, dueSince: s.freshness.dueSince, expected: s.freshness.expected }];
  });
  return (
    <section aria-labelledby="due" className="space-y-2">
      <h2 id="due" className="text-xl font-semibold">
        Due: releases not here yet
      </h2>
      {due.length === 0 ? (
        <p className="text-sm text-muted">
          Every regular series holds its publisher&apos;s latest release.
        </p>
      ) : (
        <ul className="space-y-1 text-sm" data-testid="due-list">
          {due.map((d) => (
            <li key={`${d.country}-${d.reporterGroup}`}>
              <span className="font-medium">
                {countryName(d.country)}, {d.rule.label}:
              </span>{' '}
              {formatReleasePeriod(d.rule, d.expected)} due since {formatDueDate(d.dueSince)}
              <span className="text-muted">
                {' '}
                (here: {d.latest ? `latest ${d.latest.label}` : 'no figures yet'})
              </span>
            </li>
          ))}
        </ul>
      )}
      <p className="text-xs text-muted">
        Release dates are approximate rules per publisher; those not yet checked against the
        publisher&apos;s own calendar are marked as assumptions in the project&apos;s release table.
      </p>
    </section>
  );
}
