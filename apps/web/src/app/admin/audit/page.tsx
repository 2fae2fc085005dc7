import type { Metadata } from 'next';
import Link from 'next/link';
import { z } from 'zod';
import {
  AUDIT_ACTIONS,
  auditAction,
  canAdminister,
  RECORD_KINDS,
  recordKind,
} from '@tianshan/model';
import { FilterForm, SelectField, TextField } from '~/components/filters/filter-form';
import { NotAllowed } from '~/components/admin/not-allowed';
import { RECORD_FIELDS } from '~/components/admin/record-fields';
import { TableBox, td, th } from '~/components/ui/section';
import { requireRole } from '~/server/guard';
import { api } from '~/trpc/server';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Audit log' };

const KINDS = ['', ...RECORD_KINDS, 'dataset'] as string[];
const ACTIONS = ['', ...AUDIT_ACTIONS] as string[];

export default async function AuditPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const { session, allowed } = await requireRole(canAdminister, '/admin/audit');
  if (!allowed) return <NotAllowed role={session.user.role} />;
  const q = await searchParams;
  const page = Math.max(1, Number(q.page) || 1);
  const filter = {
    // An unknown kind or action in the URL shows the whole log rather than an error.
    recordKind: recordKind.or(z.literal('dataset')).safeParse(q.kind).data,
    action: auditAction.safeParse(q.action).data,
    from: /^\d{4}(-\d{2}(-\d{2})?)?$/.test(q.from ?? '') ? q.from : undefined,
    to: /^\d{4}(-\d{2}(-\d{2})?)?$/.test(q.to ?? '') ? q.to : undefined,
    limit: 50,
    offset: (page - 1) * 50,
  };
  const { rows, total } = await (await api()).users.audit(filter);
  return (
    <div className="space-y-4">
      <h1 className="text-3xl font-semibold">Audit log</h1>
      <p className="text-muted">
        Every change, who made it and when (UTC). The log cannot be edited through the app.
      </p>
      <FilterForm action="/admin/audit" resetHref="/admin/audit">
        <SelectField
          label="Record kind"
          name="kind"
          value={q.kind ?? ''}
          options={KINDS.map((k) => ({ value: k, label: k || 'any' }))}
        />
        <SelectField
          label="Action"
          name="action"
          value={q.action ?? ''}
          options={ACTIONS.map((a) => ({ value: a, label: a || 'any' }))}
        />
        <TextField label="From" name="from" value={q.from} size={10} />
        <TextField label="To" name="to" value={q.to} size={10} />
      </FilterForm>
      <p className="text-sm text-muted">{total} entries</p>
      <TableBox caption="Audit entries">
        <thead>
          <tr>
            <th className={th}>When (UTC)</th>
            <th className={th}>Who</th>
            <th className={th}>Action</th>
            <th className={th}>Record</th>
            <th className={th}>Reason</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.id}>
              <td className={`${td} whitespace-nowrap tabular-nums`}>
                {r.at.replace('T', ' ').replace(/\.\d+Z$/, '')}
              </td>
              <td className={td}>{r.actor}</td>
              <td className={td}>{r.action}</td>
              <td className={td}>
                {/* Linked where an edit page exists for the kind. */}
                {Object.hasOwn(RECORD_FIELDS, r.recordKind) ? (
                  <Link
                    className="text-accent underline"
                    href={`/admin/records/${r.recordKind}/${r.recordId}`}
                  >
                    {r.recordKind} #{r.recordId}
                  </Link>
                ) : (
                  `${r.recordKind} ${r.recordId}`
                )}
              </td>
              <td className={td}>{r.reason ?? ''}</td>
            </tr>
          ))}
        </tbody>
      </TableBox>
      {total > page * 50 ? (
        <Link
          className="text-accent underline"
          href={`/admin/audit?${new URLSearchParams({ ...Object.fromEntries(Object.entries(q).filter(([, v]) => v) as [string, string][]), page: String(page + 1) })}`}
        >
          Older entries
        </Link>
      ) : null}
    </div>
  );
}
