'use client';

import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import type { RouterInputs, RouterOutputs } from '@tianshan/api';
import { ROLES } from '@tianshan/model';
import { useAppStarted } from '~/components/use-app-started';
import { fieldErrorsOf, messageOf, trpc } from '~/trpc/client';

// The page passes only what the table shows across to the browser.
type UserRow = Pick<RouterOutputs['users']['list'][number], 'id' | 'email' | 'name' | 'role'>;
type NewUser = RouterInputs['users']['create'];
type Role = NewUser['role'];

/** List, role changes and new accounts. A new account's generated password is shown once, here. */
export function UserAdmin({ users, selfId }: { users: UserRow[]; selfId: string }) {
  const router = useRouter();
  const [notice, setNotice] = useState<string | null>(null);
  const form = useForm<NewUser>({ defaultValues: { role: 'editor' } });
  const started = useAppStarted();
  const create = form.handleSubmit(async (v) => {
    try {
      const created = await trpc.users.create.mutate({
        email: v.email,
        name: v.name,
        role: v.role,
      });
      setNotice(`Created ${created.email}. Password (shown once): ${created.password}`);
      form.reset({ email: '', name: '', role: 'editor' });
      router.refresh();
    } catch (e) {
      for (const [path, m] of Object.entries(fieldErrorsOf(e)))
        form.setError(path as 'email', { message: m[0] });
      setNotice(messageOf(e));
    }
  });
  return (
    <div className="space-y-4">
      <table className="w-full border-collapse bg-white text-sm">
        <thead>
          <tr className="border-b border-line text-left">
            <th className="p-2">Email</th>
            <th className="p-2">Name</th>
            <th className="p-2">Role</th>
          </tr>
        </thead>
        <tbody>
          {users.map((u) => (
            <tr key={u.id} className="border-b border-line">
              <td className="p-2">{u.email}</td>
              <td className="p-2">{u.name}</td>
              <td className="p-2">
                <select
                  aria-label={`Role of ${u.email}`}
                  defaultValue={u.role}
                  disabled={u.id === selfId}
                  onChange={(e) => {
                    trpc.users.setRole
                      .mutate({ id: u.id, role: e.target.value as Role })
                      .then(() => router.refresh())
                      .catch((err: unknown) => setNotice(messageOf(err)));
                  }}
                >
                  {ROLES.map((r) => (
                    <option key={r} value={r}>
                      {r}
                    </option>
                  ))}
                </select>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <form
        method="post"
        onSubmit={(event) => void create(event)}
        className="flex flex-wrap items-end gap-3 rounded border border-line bg-white p-3 text-sm"
        aria-label="New user"
      >
        <label className="flex flex-col">
          <span className="font-semibold">Email</span>
          <input
            type="email"
            className="rounded border border-line px-2 py-1"
            {...form.register('email', { required: 'is required' })}
          />
          {form.formState.errors.email ? (
            <span className="text-red-700">{form.formState.errors.email.message}</span>
          ) : null}
        </label>
        <label className="flex flex-col">
          <span className="font-semibold">Name</span>
          <input
            type="text"
            className="rounded border border-line px-2 py-1"
            {...form.register('name', { required: 'is required' })}
          />
        </label>
        <label className="flex flex-col">
          <span className="font-semibold">Role</span>
          <select className="rounded border border-line px-2 py-1" {...form.register('role')}>
            {ROLES.map((r) => (
              <option key={r} value={r}>
                {r}
              </option>
            ))}
          </select>
        </label>
        <button
          type="submit"
          disabled={!started}
          className="rounded bg-accent px-3 py-1.5 text-white disabled:opacity-60"
        >
          Create user
        </button>
      </form>
      {notice ? (
        <p role="status" className="rounded border border-line bg-amber-50 p-2 text-sm">
          {notice}
        </p>
      ) : null}
    </div>
  );
}
