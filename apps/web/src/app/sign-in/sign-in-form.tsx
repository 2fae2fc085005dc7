'use client';

import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useAppStarted } from '~/components/use-app-started';

interface Values {
  email: string;
  password: string;
}

export function SignInForm({ next }: { next: string }) {
  const { register, handleSubmit, formState } = useForm<Values>();
  const [error, setError] = useState<string | null>(null);
  const started = useAppStarted();

  const onSubmit = handleSubmit(async (values) => {
    setError(null);
    const res = await fetch('/api/auth/sign-in/email', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(values),
    });
    if (res.ok) {
      window.location.assign(next);
      return;
    }
    setError(
      res.status === 429
        ? 'Too many attempts. Wait a minute and try again.'
        : 'Wrong email or password.',
    );
  });

  return (
    <form
      method="post"
      onSubmit={(event) => {
        onSubmit(event).catch(() =>
          setError('The server did not answer. Check your connection and try again.'),
        );
      }}
      className="space-y-3 rounded border border-line bg-white p-4"
      noValidate
    >
      <label className="block">
        <span className="font-semibold">Email</span>
        <input
          type="email"
          autoComplete="username"
          className="mt-1 w-full rounded border border-line px-2 py-1"
          {...register('email', { required: 'Enter your email' })}
        />
        {formState.errors.email ? (
          <span className="text-sm text-red-700">{formState.errors.email.message}</span>
        ) : null}
      </label>
      <label className="block">
        <span className="font-semibold">Password</span>
        <input
          type="password"
          autoComplete="current-password"
          className="mt-1 w-full rounded border border-line px-2 py-1"
          {...register('password', { required: 'Enter your password' })}
        />
        {formState.errors.password ? (
          <span className="text-sm text-red-700">{formState.errors.password.message}</span>
        ) : null}
      </label>
      {error ? (
        <p role="alert" className="text-sm text-red-700">
          {error}
        </p>
      ) : null}
      <button
        type="submit"
        disabled={!started || formState.isSubmitting}
        className="rounded bg-accent px-4 py-1.5 font-medium text-white disabled:opacity-60"
      >
        {formState.isSubmitting ? 'Signing in…' : 'Sign in'}
      </button>
    </form>
  );
}
