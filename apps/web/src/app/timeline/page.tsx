import type { Metadata } from 'next';
import { COUNTRIES, EVENT_KINDS, MILESTONE_KINDS, SECTORS } from '@tianshan/model';
import { CheckboxGroup, label, TextField } from '~/components/filters/filter-form';
import { ListPageHeader } from '~/components/filters/list-page-header';
import { Pager } from '~/components/pager';
import { TimelineList } from '~/components/timeline-list';
import { pageSlice, readPage } from '~/filters/paging';
import type { RawSearchParams } from '~/filters/parsers';
import { readTimelineUrl } from '~/filters/timeline-params';
import { downloadHref, viewQuery } from '~/filters/view-links';
import { TimelineDensity } from '~/components/timeline-density';
import { api } from '~/trpc/server';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Timeline' };

/** A page shows this many entries, newest first; the CSV download always holds every matching entry. */
const PAGE_SIZE = 25;

export default async function TimelinePage({
  searchParams,
}: {
  searchParams: Promise<RawSearchParams>;
}) {
  const raw = await searchParams;
  const { filter, ignored } = readTimelineUrl(raw);
  const asked = readPage(raw);
  const caller = await api();
  // The chart's counts are the list's count (the same filter, counted in SQL), and bound the page asked for.
  const density = await caller.timeline.density(filter);
  const total = density.reduce((sum, row) => sum + row.count, 0);
  const { page, offset, limit } = pageSlice(asked.page, PAGE_SIZE, total);
  const entries = await caller.timeline.list({ ...filter, limit, offset });
  return (
    <div className="space-y-4">
      <ListPageHeader
        view="timeline"
        raw={raw}
        title="Timeline"
        ignored={[...ignored, ...asked.ignored]}
        intro={
          <p className="text-muted">
            Project milestones and the relationship&apos;s own events (summits, treaties,
            partnerships) on one axis.
          </p>
        }
      >
        <CheckboxGroup
          legend="Country"
          name="country"
          options={COUNTRIES.map((c) => ({ value: c.code, label: c.name }))}
          selected={filter.countries ?? []}
        />
        <CheckboxGroup
          legend="Project sector"
          name="sector"
          options={SECTORS.map((s) => ({ value: s, label: label(s) }))}
          selected={filter.sectors ?? []}
        />
        <CheckboxGroup
          legend="Milestone kind"
          name="milestone"
          options={MILESTONE_KINDS.map((s) => ({ value: s, label: label(s) }))}
          selected={filter.milestoneKinds ?? []}
        />
        <CheckboxGroup
          legend="Event kind"
          name="event"
          options={EVENT_KINDS.map((s) => ({ value: s, label: label(s) }))}
          selected={filter.eventKinds ?? []}
        />
        <TextField label="From (YYYY[-MM[-DD]])" name="from" value={filter.from} size={10} />
        <TextField label="To" name="to" value={filter.to} size={10} />
        <TextField label="Search" name="q" value={filter.search} />
      </ListPageHeader>
      <TimelineDensity
        rows={density}
        query={viewQuery('timeline', raw)}
        downloadHref={downloadHref('timeline-density', raw)}
        from={filter.from}
        to={filter.to}
      />
      <p className="text-sm text-muted" data-testid="timeline-count">
        {`${total} entr${total === 1 ? 'y' : 'ies'}`}
      </p>
      <TimelineList entries={entries} />
      <Pager
        path="/timeline"
        query={viewQuery('timeline', raw)}
        page={page}
        size={PAGE_SIZE}
        total={total}
      />
    </div>
  );
}
