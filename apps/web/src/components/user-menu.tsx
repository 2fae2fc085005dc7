import Link from 'next/link';
import { headers } from 'next/headers';
import { canEdit } from '@tianshan/model';
import { getSession } from '~/server/session';
import { SignOutButton } from './sign-out-button';

/** Sign-in state in the header: editors and admins get a link to the admin area. */
export async function UserMenu() {
  const session = await getSession(await headers());
  if (!session) {
    return (
      <Link
        href="/sign-in"
        className="text-sm text-muted hover:text-accent hover:underline md:ml-auto"
      >
        Sign in
      </Link>
    );
  }
  return (
    <div className="flex flex-wrap items-center gap-3 text-sm md:ml-auto">
      <span className="text-muted">
        {session.user.email} ({session.user.role})
      </span>
      {canEdit(session.user.role) ? (
        <Link href="/admin" className="text-accent underline">
          Admin
        </Link>
      ) : null}
      <SignOutButton />
    </div>
  );
}
