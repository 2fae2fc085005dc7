import Link from 'next/link';
import type { RouterOutputs } from '@tianshan/api';
import { TimelineList } from '~/components/timeline-list';
import { DownloadCsv, Section } from '~/components/ui/section';
import { exportHref, viewHref } from '~/filters/view-links';
import type { Country } from './country';

type Props = { country: Country; entries: RouterOutputs['timeline']['list'] };

/** The newest milestones and events; the full timeline lists and pages every one. */
export function TimelineSection({ country, entries }: Props) {
  return (
    <Section
      id="timeline"
      title="Milestones and events"
      actions={
        <div className="flex items-center gap-3">
          <Link
            className="text-sm text-accent underline"
            href={viewHref.timeline({ country: [country.code] })}
          >
            Full timeline
          </Link>
          <DownloadCsv
            href={exportHref.timeline({ country: [country.code] })}
            what={`${country.name}'s milestones and events`}
          />
        </div>
      }
    >
      <TimelineList entries={entries} />
    </Section>
  );
}
