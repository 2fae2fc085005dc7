import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { canAdminister, canEdit, recordKind } from '@tianshan/model';
import { formDefaults } from '~/components/admin/form-defaults';
import { History } from '~/components/admin/history';
import { NotAllowed } from '~/components/admin/not-allowed';
import { RecordForm, type FormKind } from '~/components/admin/record-form';
import { RECORD_FIELDS } from '~/components/admin/record-fields';
import { DeleteRestore } from '~/components/admin/delete-restore';
import { isPreferableKind } from '~/components/admin/preferable-kinds';
import { PreferredReport } from '~/components/admin/preferred-report';
import { env } from '~/server/env';
import { requireRole } from '~/server/guard';
import { localRedirectTarget } from '~/server/redirect-target';
import { sourceOptions } from '~/server/source-options';
import { api } from '~/trpc/server';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Edit a record' };

type Props = {
  params: Promise<{ kind: string; id: string }>;
  searchParams: Promise<{ returnTo?: string }>;
};

export default async function EditRecordPage({ params, searchParams }: Props) {
  const { kind, id } = await params;
  const def = RECORD_FIELDS[kind];
  const historyKind = recordKind.safeParse(kind).data;
  if (!def || !historyKind || !/^\d{1,9}$/.test(id)) notFound();
  const { session, allowed } = await requireRole(canEdit, `/admin/records/${kind}/${id}`);
  if (!allowed) return <NotAllowed role={session.user.role} />;
  const caller = await api();
  const found = await caller.records.get({ kind, id: Number(id) }).catch(() => null);
  if (!found) notFound();
  const history = await caller.records.history({ kind: historyKind, id: Number(id) });
  const { returnTo: rawReturn } = await searchParams;
  const returnTo = localRedirectTarget(rawReturn, env.origin, `/admin/records/${kind}/${id}`);
  const deleted = Boolean(found.record.deletedAt);
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h1 className="text-2xl font-semibold">
          Edit {def.title} #{id}
          {deleted ? (
            <span className="ml-2 rounded bg-red-100 px-2 text-base text-red-800">deleted</span>
          ) : null}
        </h1>
        {/* Deleting and restoring are for admins (the procedures check it too). */}
        {canAdminister(session.user.role) ? (
          <DeleteRestore
            kind={kind}
            id={Number(id)}
            deleted={deleted}
            version={found.record.version}
          />
        ) : null}
      </div>
      {deleted ? null : (
        <RecordForm
          // A new version (this editor's own save, then a refresh) starts a new form: its values and the
          // version it saves against always come from the same read.
          key={found.record.version}
          kind={kind as FormKind}
          editing={{ id: Number(id), version: found.record.version }}
          defaults={formDefaults(def.fields, found.record, found.citations)}
          sources={await sourceOptions()}
          returnTo={returnTo}
        />
      )}
      {!deleted && isPreferableKind(kind) ? (
        <PreferredReport kind={kind} id={Number(id)} preferred={Boolean(found.record.preferred)} />
      ) : null}
      <History entries={history} />
    </div>
  );
}
