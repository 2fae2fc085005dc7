import type { Metadata } from 'next';
import Link from 'next/link';
import { formatPartialDate, SOURCE_GRADE_LABELS, SOURCE_GRADES } from '@tianshan/model';
import { CheckboxGroup, TextField } from '~/components/filters/filter-form';
import { ListPageHeader } from '~/components/filters/list-page-header';
import { Pager } from '~/components/pager';
import { gradeLabel } from '~/components/citation';
import { SourceLink } from '~/components/source-link';
import { TableBox, td, tdNum, th } from '~/components/ui/section';
import { pageSlice, readPage } from '~/filters/paging';
import type { RawSearchParams } from '~/filters/parsers';
import { readSourceUrl } from '~/filters/reference-params';
import { viewQuery } from '~/filters/view-links';
import { api } from '~/trpc/server';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Sources' };

/** Sources a page lists; the CSV download always holds every matching source. */
const PAGE_SIZE = 50;

export default async function SourcesPage({
  searchParams,
}: {
  searchParams: Promise<RawSearchParams>;
}) {
  const raw = await searchParams;
  const { filter, ignored } = readSourceUrl(raw);
  const caller = await api();
  const all = await caller.sources.list(filter);
  const asked = readPage(raw);
  const { page, offset } = pageSlice(asked.page, PAGE_SIZE, all.length);
  const sources = all.slice(offset, offset + PAGE_SIZE);
  return (
    <div className="space-y-4">
      <ListPageHeader
        view="sources"
        raw={raw}
        title="Sources"
        ignored={[...ignored, ...asked.ignored]}
        actions={
          <a
            className="inline-flex items-center rounded border border-accent px-3 py-1 text-sm text-accent hover:bg-accent hover:text-white"
            href="/export/tianshan-data.zip"
          >
            Everything (zip)
          </a>
        }
        intro={
          <>
            <p className="text-muted">
              Every source cited by a figure, newest first, with its grade (official statistics,
              official statement, major media, secondary, weak) and how many records cite it.
            </p>
            <p className="text-sm text-muted" data-testid="source-count">
              {all.length} source{all.length === 1 ? '' : 's'}
            </p>
          </>
        }
      >
        <CheckboxGroup
          legend="Grade"
          name="grade"
          options={SOURCE_GRADES.map((g) => ({ value: g, label: SOURCE_GRADE_LABELS[g] }))}
          selected={filter.grades ?? []}
        />
        <TextField
          label="Search title, publisher or address"
          name="q"
          value={filter.search}
          size={40}
        />
      </ListPageHeader>
      <TableBox caption="Sources">
        <thead>
          <tr>
            <th className={th}>Source</th>
            <th className={th}>Published</th>
            <th className={`${th} text-right`}>Cited by</th>
          </tr>
        </thead>
        <tbody>
          {sources.map((s) => (
            <tr key={s.id}>
              <td className={td}>
                <Link href={`/sources/${s.id}`} className="text-accent underline">
                  {s.title}
                </Link>
                {s.publisher ? <span className="text-muted"> — {s.publisher}</span> : null}
                <span className="note">
                  <SourceLink
                    url={s.url}
                    grade={gradeLabel(s.grade)}
                    className="break-all underline"
                  >
                    {s.url ?? 'no web address; cited by title'}
                  </SourceLink>
                </span>
              </td>
              <td className={`${td} whitespace-nowrap tabular-nums`}>
                {s.publishedLabel ??
                  (s.publishedOn ? formatPartialDate(s.publishedOn) : 'not stated')}
              </td>
              <td className={tdNum}>{s.citationCount}</td>
            </tr>
          ))}
        </tbody>
      </TableBox>
      <Pager
        path="/sources"
        query={viewQuery('sources', raw)}
        page={page}
        size={PAGE_SIZE}
        total={all.length}
      />
    </div>
  );
}
