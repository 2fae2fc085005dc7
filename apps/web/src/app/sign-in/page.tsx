import type { Metadata } from 'next';
import { env } from '~/server/env';
import { localRedirectTarget } from '~/server/redirect-target';
import { SignInForm } from './sign-in-form';

export const metadata: Metadata = { title: 'Sign in' };

export default async function SignInPage({
  searchParams,
}: {
  searchParams: Promise<{ next?: string }>;
}) {
  const { next } = await searchParams;
  // Only our own site: an open redirect to another would be a phishing aid.
  const target = localRedirectTarget(next, env.origin, '/admin');
  return (
    <div className="mx-auto max-w-sm space-y-4">
      <h1 className="text-2xl font-semibold">Sign in</h1>
      <p className="text-sm text-muted">For editors and admins. Readers need no account.</p>
      <SignInForm next={target} />
    </div>
  );
}
