import type { Metadata } from 'next';
import { headers } from 'next/headers';
import { canEdit, COUNTRIES, REPORTER_GROUP_LABELS, REPORTER_GROUPS } from '@tianshan/model';
import { CheckboxGroup, TextField } from '~/components/filters/filter-form';
import { ListPageHeader } from '~/components/filters/list-page-header';
import { readCoverageUrl } from '~/filters/coverage-params';
import type { RawSearchParams } from '~/filters/parsers';
import { viewQuery } from '~/filters/view-links';
import { getSession } from '~/server/session';
import { api } from '~/trpc/server';
import { CoverageGrid } from './_components/coverage-grid';
import { DueList } from './_components/due-list';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Coverage of the trade series' };

export default async function CoveragePage({
  searchParams,
}: {
  searchParams: Promise<RawSearchParams>;
}) {
  const raw = await searchParams;
  const { filter, ignored } = readCoverageUrl(raw);
  const caller = await api();
  const coverage = await caller.trade.coverage(filter);
  const session = await getSession(await headers());
  const addTo =
    session !== null && canEdit(session.user.role)
      ? `/coverage${viewQuery('coverage', raw)}`
      : null;

  return (
    <div className="space-y-6">
      <ListPageHeader
        view="coverage"
        raw={raw}
        title="Coverage of the trade series"
        downloadWhat="the coverage grid"
        ignored={ignored}
        intro={
          <p className="max-w-3xl text-sm text-muted">
            Each country&apos;s calendar-year trade with China, year by year, as each group of
            reporters states it. A cell shows the preferred full-year total and links to its
            figures; &ldquo;part-year only&rdquo; means a source gave months of that year but not
            the whole; a hatched cell is a year no source reported — a gap, not a zero.
            {addTo ? ' As an editor, follow "add" in a gap to enter its figure.' : ''}
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
          legend="Reporter"
          name="reporterGroup"
          options={REPORTER_GROUPS.map((g) => ({ value: g, label: REPORTER_GROUP_LABELS[g] }))}
          selected={filter.reporterGroups ?? []}
        />
        <TextField label="Year from" name="from" type="number" value={filter.yearFrom} size={6} />
        <TextField label="Year to" name="to" type="number" value={filter.yearTo} size={6} />
      </ListPageHeader>
      <DueList series={coverage.series} />
      {coverage.grids.map((grid) => (
        <CoverageGrid key={grid.reporterGroup} grid={grid} years={coverage.years} addTo={addTo} />
      ))}
    </div>
  );
}
