import type { Metadata } from 'next';
import { canAdminister } from '@tianshan/model';
import { NotAllowed } from '~/components/admin/not-allowed';
import { UserAdmin } from '~/components/admin/user-admin';
import { requireRole } from '~/server/guard';
import { api } from '~/trpc/server';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Users' };

export default async function UsersPage() {
  const { session, allowed } = await requireRole(canAdminister, '/admin/users');
  if (!allowed) return <NotAllowed role={session.user.role} />;
  const users = await (await api()).users.list();
  return (
    <div className="space-y-4">
      <h1 className="text-3xl font-semibold">Users</h1>
      <UserAdmin
        users={users.map((u) => ({ id: u.id, email: u.email, name: u.name, role: u.role }))}
        selfId={session.user.id}
      />
    </div>
  );
}
