import Link from 'next/link';
import type { RouterOutputs } from '@tianshan/api';
import { formatPartialDate } from '@tianshan/model';
import { TimelineList } from '~/components/timeline-list';

type Props = {
  events: RouterOutputs['timeline']['list'];
  recentMilestones: RouterOutputs['timeline']['milestoneWindow']['recent'];
};

/** What happened lately: the relationship's own events, then the projects' milestones. */
export function LatestActivity({ events, recentMilestones }: Props) {
  return (
    <>
      <section aria-labelledby="events">
        <h2 id="events" className="mb-2 text-xl font-semibold">
          Latest relationship events
        </h2>
        <TimelineList entries={events} />
      </section>

      <section aria-labelledby="milestones">
        <h2 id="milestones" className="mb-2 text-xl font-semibold">
          Latest project milestones
        </h2>
        <ul className="space-y-2">
          {recentMilestones.map((m) => (
            <li key={m.id} className="rounded border border-line bg-white p-3 text-sm">
              <span className="font-medium tabular-nums">{formatPartialDate(m.date)}</span> —{' '}
              {m.project ? (
                <Link className="text-accent underline" href={`/projects/${m.project.id}`}>
                  {m.project.name}
                </Link>
              ) : null}
              : {m.description}
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
