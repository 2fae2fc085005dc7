import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { canEdit } from '@tianshan/model';
import { NotAllowed } from '~/components/admin/not-allowed';
import { prefillFromQuery } from '~/components/admin/prefill';
import { RecordForm, type FormKind } from '~/components/admin/record-form';
import { RECORD_FIELDS } from '~/components/admin/record-fields';
import { env } from '~/server/env';
import { requireRole } from '~/server/guard';
import { localRedirectTarget } from '~/server/redirect-target';
import { sourceOptions } from '~/server/source-options';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Add a record' };

type Props = {
  params: Promise<{ kind: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export default async function NewRecordPage({ params, searchParams }: Props) {
  const { kind } = await params;
  const def = RECORD_FIELDS[kind];
  if (!def) notFound();
  const query = await searchParams;
  const { session, allowed } = await requireRole(canEdit, `/admin/records/${kind}/new`);
  if (!allowed) return <NotAllowed role={session.user.role} />;
  const returnTo = localRedirectTarget(query.returnTo, env.origin, '/admin');
  const defaults = prefillFromQuery(kind as FormKind, def.fields, query);
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-semibold">Add {def.aTitle}</h1>
      <RecordForm
        kind={kind as FormKind}
        defaults={defaults}
        sources={await sourceOptions()}
        returnTo={returnTo}
      />
    </div>
  );
}
