'use client';

export function SignOutButton() {
  return (
    <button
      type="button"
      className="text-accent underline"
      onClick={async () => {
        await fetch('/api/auth/sign-out', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
        window.location.assign('/');
      }}
    >
      Sign out
    </button>
  );
}
