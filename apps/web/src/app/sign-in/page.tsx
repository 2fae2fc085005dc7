import type { Metadata } from 'next';
import { SignInForm } from './sign-in-form';

export const metadata: Metadata = { title: 'Sign in' };

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ next?: string }> }) {
  const { next } = await searchParams;
  // Only local paths: an open redirect to another site would be a phishing aid.
  const target = next && next.startsWith('/') && !next.startsWith('//') ? next : '/admin';
  return (
    <div className="mx-auto max-w-sm space-y-4">
      <h1 className="text-2xl font-semibold">Sign in</h1>
      <p className="text-sm text-muted">For editors and admins. Readers need no account.</p>
      <SignInForm next={target} />
    </div>
  );
}
