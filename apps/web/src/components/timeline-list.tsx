import Link from 'next/link';
import type { RouterOutputs } from '@tianshan/api';
import { countryName, formatPartialDate, type ScopeCode } from '@tianshan/model';
import { citationsOf } from './citation';
import { SourceDisclosure } from './source-disclosure';
import { EmptyState } from './ui/section';

type TimelineEntryView = RouterOutputs['timeline']['list'][number];

/** Entries grouped by year, newest first; each date is shown at the precision its source gave. */
export function TimelineList({ entries }: { entries: TimelineEntryView[] }) {
  if (entries.length === 0) return <EmptyState>Nothing matches these filters.</EmptyState>;
  const years = new Map<string, TimelineEntryView[]>();
  for (const e of entries) {
    const y = e.date.slice(0, 4);
    years.set(y, [...(years.get(y) ?? []), e]);
  }
  return (
    <ol className="space-y-6">
      {[...years].map(([year, list]) => (
        <li key={year}>
          <h3 className="mb-2 text-lg font-semibold tabular-nums">{year}</h3>
          <ol className="space-y-2 border-l-2 border-line pl-4">
            {list.map((e) => (
              <li key={`${e.type}-${e.id}`} className="entry" data-testid={`timeline-${e.type}`}>
                <p>
                  <span className="font-medium tabular-nums">{formatPartialDate(e.date)}</span>{' '}
                  <span className={`tag tag-${e.type === 'event' ? 'event' : 'milestone'}`}>
                    {e.type === 'event' ? 'Event' : 'Milestone'}: {e.kind.replace('-', ' ')}
                  </span>
                </p>
                {e.project ? (
                  <p>
                    <Link className="link" href={`/projects/${e.project.id}`}>
                      {e.project.name}
                    </Link>
                  </p>
                ) : null}
                <p>{e.description}</p>
                <p className="text-xs text-muted">
                  {e.countries.map((c) => countryName(c as ScopeCode)).join(', ')}
                </p>
                <SourceDisclosure citations={citationsOf(e.sources)} />
              </li>
            ))}
          </ol>
        </li>
      ))}
    </ol>
  );
}
