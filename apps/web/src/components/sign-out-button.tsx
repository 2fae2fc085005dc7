'use client';

export function SignOutButton() {
  return (
    <button
      type="button"
      className="text-accent underline"
      onClick={() => {
        fetch('/api/auth/sign-out', {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: '{}',
        })
          .then(() => window.location.assign('/'))
          .catch(() => window.alert('Signing out failed: the server did not answer. Try again.'));
      }}
    >
      Sign out
    </button>
  );
}
