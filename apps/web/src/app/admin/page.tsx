import type { Metadata } from 'next';
import Link from 'next/link';
import { canAdminister, canEdit } from '@tianshan/model';
import { KindNav } from '~/components/admin/kind-nav';
import { NotAllowed } from '~/components/admin/not-allowed';
import { RECORD_FIELDS } from '~/components/admin/record-fields';
import { requireRole } from '~/server/guard';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Admin' };

export default async function AdminHome() {
  const { session, allowed } = await requireRole(canEdit, '/admin');
  if (!allowed) return <NotAllowed role={session.user.role} />;
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-semibold">Admin</h1>
      <p className="text-muted">
        Signed in as {session.user.email} ({session.user.role}). Every change is recorded with your
        name, the time and its sources.
      </p>
      <section className="grid gap-3 md:grid-cols-3">
        {Object.entries(RECORD_FIELDS).map(([kind, def]) => (
          <Link
            key={kind}
            href={`/admin/records/${kind}/new`}
            className="rounded border border-line bg-white p-4 text-accent hover:border-accent"
          >
            Add {def.aTitle}
          </Link>
        ))}
        <Link
          href="/admin/import"
          className="rounded border border-line bg-white p-4 text-accent hover:border-accent"
        >
          Import a CSV
        </Link>
        {canAdminister(session.user.role) ? (
          <>
            <Link
              href="/admin/audit"
              className="rounded border border-line bg-white p-4 text-accent hover:border-accent"
            >
              Audit log
            </Link>
            <Link
              href="/admin/users"
              className="rounded border border-line bg-white p-4 text-accent hover:border-accent"
            >
              Users
            </Link>
          </>
        ) : null}
      </section>
      <section aria-labelledby="records-heading" className="space-y-2">
        <h2 id="records-heading" className="text-xl font-semibold">
          Find and edit records
        </h2>
        <p className="text-sm text-muted">
          Each list searches, sorts and pages every record of its kind, deleted ones too.
        </p>
        <KindNav />
      </section>
    </div>
  );
}
