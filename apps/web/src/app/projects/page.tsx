import type { Metadata } from 'next';
import type { RouterOutputs } from '@tianshan/api';
import Link from 'next/link';
import {
  completionSlippage,
  COUNTRIES,
  countryName,
  formatPartialDate,
  PROJECT_STATUSES,
  SECTORS,
  type ScopeCode,
} from '@tianshan/model';
import { Figure } from '~/components/figure';
import { ProjectSwimlane } from '~/components/project-swimlane';
import { SlippageBadge } from '~/components/slippage-badge';
import { CheckboxGroup, label, TextField } from '~/components/filters/filter-form';
import { ListPageHeader } from '~/components/filters/list-page-header';
import { Pager } from '~/components/pager';
import { EmptyState, Section, TableBox, td, tdNum, th } from '~/components/ui/section';
import { readPage } from '~/filters/paging';
import { readProjectUrl, projectUrl } from '~/filters/project-params';
import type { RawSearchParams } from '~/filters/parsers';
import { downloadHref, viewQuery } from '~/filters/view-links';
import { api } from '~/trpc/server';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Projects' };

/** Projects a page lists, and the swimlane draws (at most the chart's own limit of 30). */
const PAGE_SIZE = 20;
const SORTABLE = [
  { key: 'name', label: 'Project' },
  { key: 'status', label: 'Status' },
  { key: 'value', label: 'Value' },
  { key: 'start', label: 'Start / announced' },
  { key: 'completion', label: 'Completion' },
] as const;

export default async function ProjectsPage({
  searchParams,
}: {
  searchParams: Promise<RawSearchParams>;
}) {
  const raw = await searchParams;
  const { filter, ignored } = readProjectUrl(raw);
  const asked = readPage(raw);
  const pageNumber = asked.page;
  const caller = await api();
  const { rows, total } = await caller.projects.list({
    ...filter,
    sort: filter.sort,
    dir: filter.dir,
    limit: PAGE_SIZE,
    offset: (pageNumber - 1) * PAGE_SIZE,
  });
  const laneIds = rows.map((p) => p.id);
  // The swimlane draws this page's projects; `total` still counts every project the filter matches.
  const lanes =
    laneIds.length === 0
      ? { total, rows: [] }
      : {
          ...(await caller.projects.lanes({
            ...filter,
            sort: filter.sort,
            dir: filter.dir,
            ids: laneIds,
          })),
          total,
        };
  const state = {
    country: filter.countries ?? [],
    sector: filter.sectors ?? [],
    status: filter.statuses ?? [],
    delayed: filter.delayed ?? false,
    q: filter.search ?? null,
    sort: filter.sort as 'name',
    dir: filter.dir as 'asc',
  };
  const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
  const today = new Date().toISOString().slice(0, 10);

  return (
    <div className="space-y-4">
      <ListPageHeader
        view="projects"
        raw={raw}
        title="Projects"
        ignored={[...ignored, ...asked.ignored]}
      >
        <CheckboxGroup
          legend="Country"
          name="country"
          options={COUNTRIES.map((c) => ({ value: c.code, label: c.name }))}
          selected={state.country}
        />
        <CheckboxGroup
          legend="Status"
          name="status"
          options={PROJECT_STATUSES.map((s) => ({ value: s, label: label(s) }))}
          selected={state.status}
        />
        <CheckboxGroup
          legend="Sector"
          name="sector"
          options={SECTORS.map((s) => ({ value: s, label: label(s) }))}
          selected={state.sector}
        />
        <CheckboxGroup
          legend="Schedule"
          name="delayed"
          options={[{ value: 'true', label: 'Delayed: later than planned' }]}
          selected={state.delayed ? ['true'] : []}
        />
        <TextField label="Search" name="q" value={state.q} placeholder="name, party, description" />
        <input type="hidden" name="sort" value={state.sort} />
        <input type="hidden" name="dir" value={state.dir} />
      </ListPageHeader>
      <p className="text-sm text-muted" aria-live="polite" data-testid="project-count">
        {total} project{total === 1 ? '' : 's'}
        {pages > 1 ? `, page ${pageNumber} of ${pages}` : ''}
      </p>
      {rows.length === 0 ? (
        <EmptyState>No project matches these filters.</EmptyState>
      ) : (
        <TableBox caption="Projects matching the filters">
          <thead>
            <tr>
              {SORTABLE.map((c) => {
                const active = state.sort === c.key;
                const dir = active && state.dir === 'asc' ? 'desc' : 'asc';
                return (
                  <th
                    key={c.key}
                    className={`${th} ${c.key === 'value' ? 'text-right' : ''}`}
                    aria-sort={active ? (state.dir === 'asc' ? 'ascending' : 'descending') : 'none'}
                  >
                    <Link
                      className="text-accent underline"
                      href={`/projects${projectUrl('', { ...state, sort: c.key, dir })}`}
                    >
                      {c.label}
                      {active ? (state.dir === 'asc' ? ' ▲' : ' ▼') : ''}
                    </Link>
                  </th>
                );
              })}
              <th className={th}>Countries</th>
              <th className={th}>Sector</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((p) => (
              <tr key={p.id}>
                <td className={td}>
                  <Link href={`/projects/${p.id}`} className="font-medium text-accent underline">
                    {p.name}
                  </Link>
                </td>
                <td className={td}>
                  {label(p.status)}
                  {p.statusDetail && p.statusDetail.toLowerCase() !== p.status.replace('-', ' ') ? (
                    <span className="note">{p.statusDetail}</span>
                  ) : null}
                </td>
                <td className={tdNum}>
                  <Figure
                    usd={p.valueUsd}
                    qualifier="exact"
                    sources={p.sources}
                    label={`${p.name} value`}
                  />
                  {p.valueUsd !== null && p.valueKind ? (
                    <span className="note">{label(p.valueKind)}</span>
                  ) : null}
                </td>
                <td className={`${td} tabular-nums whitespace-nowrap`}>
                  {p.startedOn ? formatPartialDate(p.startedOn) : '—'}
                </td>
                <td className={`${td} tabular-nums whitespace-nowrap`}>
                  <CompletionCell project={p} today={today} />
                </td>
                <td className={td}>
                  {p.countries.map((c) => countryName(c as ScopeCode)).join(', ')}
                </td>
                <td className={td}>{p.sectorDetail ?? label(p.sector)}</td>
              </tr>
            ))}
          </tbody>
        </TableBox>
      )}
      <Pager
        path="/projects"
        query={viewQuery('projects', raw)}
        page={pageNumber}
        size={PAGE_SIZE}
        total={total}
      />
      {lanes.rows.length > 0 ? (
        <Section id="over-time" title="On a time axis">
          <ProjectSwimlane
            lanes={lanes}
            downloadHref={lanesDownload(downloadHref('project-lanes', raw), laneIds, total)}
            order={`the order of this page of the list (by ${SORTABLE.find((c) => c.key === state.sort)?.label.toLowerCase() ?? state.sort}, ${state.dir === 'asc' ? 'ascending' : 'descending'})`}
            today={today}
          />
        </Section>
      ) : null}
    </div>
  );
}

/** The chart's download holds the lanes drawn: this page's projects, named when the page is not all of them. */
function lanesDownload(href: string, ids: number[], total: number): string {
  if (ids.length >= total) return href;
  const query = ids.map((id) => `id=${id}`).join('&');
  return `${href}${href.includes('?') ? '&' : '?'}${query}`;
}

/** The completion as recorded, and under it the plan and how late against it, where known. */
function CompletionCell({
  project,
  today,
}: {
  project: RouterOutputs['projects']['list']['rows'][number];
  today: string;
}) {
  const slippage = completionSlippage({ ...project, today });
  return (
    <>
      {project.completedOn ? formatPartialDate(project.completedOn) : '—'}
      {project.plannedCompletionOn ? (
        <span className="note">planned {formatPartialDate(project.plannedCompletionOn)}</span>
      ) : null}
      {slippage ? <SlippageBadge slippage={slippage} /> : null}
    </>
  );
}
