import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import {
  canAdminister,
  canEdit,
  isListedKind,
  LISTED_KINDS,
  searchableFieldsOf,
  sortableFieldsOf,
  titleWithArticle,
} from '@tianshan/model';
import { KindNav } from '~/components/admin/kind-nav';
import { NotAllowed } from '~/components/admin/not-allowed';
import { loadWorkbenchParams } from '~/filters/workbench-params';
import { requireRole } from '~/server/guard';
import { api } from '~/trpc/server';
import { ListFilters } from './_components/list-filters';
import { RecordTable } from './_components/record-table';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Records' };

type Props = {
  params: Promise<{ kind: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

/** The editor's workbench for one kind: find a record by search, order and page, then edit or delete it. */
export default async function RecordListPage({ params, searchParams }: Props) {
  const { kind } = await params;
  if (!isListedKind(kind)) notFound();
  const here = `/admin/records/${kind}`;
  const { session, allowed } = await requireRole(canEdit, here);
  if (!allowed) return <NotAllowed role={session.user.role} />;
  const descriptor = LISTED_KINDS[kind];
  const read = loadWorkbenchParams(await searchParams);
  // An order the kind does not offer, or a page out of range, is shown as what the list really does.
  const state = {
    ...read,
    sort: sortableFieldsOf(descriptor).includes(read.sort) ? read.sort : 'id',
    page: Math.min(Math.max(1, read.page), 1_000_000),
  };
  const { rows, total } = await (
    await api()
  ).workbench.list({
    kind,
    search: state.q || undefined,
    sort: state.sort,
    dir: state.dir,
    page: state.page,
    pageSize: state.size,
    deleted: state.deleted,
  });
  const searchedLabels = searchableFieldsOf(descriptor)
    .map((f) => descriptor.fields[f]?.label.toLowerCase())
    .filter(Boolean)
    .join(', ');
  const title = descriptor.title[0]?.toUpperCase() + descriptor.title.slice(1);
  return (
    <div className="space-y-4">
      <KindNav current={kind} />
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h1 className="text-2xl font-semibold">
          {title} records{state.deleted ? ' (deleted)' : ''}
        </h1>
        {kind === 'source' ? null : (
          <Link className="text-accent underline" href={`${here}/new`}>
            Add {titleWithArticle(descriptor)}
          </Link>
        )}
      </div>
      <ListFilters action={here} state={state} searchLabel={`Search ${searchedLabels}`} />
      <RecordTable
        kind={kind}
        title={title}
        rows={rows}
        total={total}
        state={state}
        canDelete={canAdminister(session.user.role)}
      />
    </div>
  );
}
