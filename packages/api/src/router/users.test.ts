import { beforeAll, expect, it } from 'vitest';
import { describeOnEachDatabase } from '@tianshan/db/testing/each-database';
import { callerAs, signedInAs, type Caller } from '../test-caller';
import type { Session } from '../trpc';

describeOnEachDatabase('user management', (database) => {
  let admin: { caller: Caller; session: Session };
  beforeAll(async () => {
    admin = await callerAs(database().db, 'admin');
  });
  const auditOf = (id: string) =>
    database().query<{ action: string; before: string | null; after: string | null }>(
      "SELECT action, before, after FROM audit_log WHERE record_kind = 'user' AND record_id = $1 ORDER BY id",
      [id],
    );

  it('creates a user, lists it first, and audits the creation without the password', async () => {
    const created = await admin.caller.users.create({
      email: 'New.Editor@example.org',
      name: 'New Editor',
      role: 'editor',
    });
    const [first] = await admin.caller.users.list();
    expect(first).toMatchObject({
      id: created.id,
      email: 'new.editor@example.org',
      role: 'editor',
    });
    expect(first?.createdAt).toBeInstanceOf(Date);
    const [entry] = await auditOf(created.id);
    expect(entry?.action).toBe('create');
    expect(entry?.after).not.toContain(created.password);
  });

  it('changes a role, with the role before and after in the audit log', async () => {
    const { user } = await signedInAs(database().db, 'viewer');
    await admin.caller.users.setRole({ id: user.id, role: 'editor' });
    const listed = (await admin.caller.users.list()).find((u) => u.id === user.id);
    expect(listed?.role).toBe('editor');
    const [entry] = await auditOf(user.id);
    expect(entry?.action).toBe('update');
    expect(JSON.parse(entry?.before ?? 'null')).toEqual({ role: 'viewer', email: user.email });
    expect(JSON.parse(entry?.after ?? 'null')).toEqual({ role: 'editor', email: user.email });
  });

  it('deletes a user with their sessions; their audit entries stay', async () => {
    const { user } = await signedInAs(database().db, 'editor');
    await admin.caller.users.delete({ id: user.id });
    expect((await admin.caller.users.list()).map((u) => u.id)).not.toContain(user.id);
    expect(
      await database().count('SELECT count(*) FROM sessions WHERE user_id = $1', [user.id]),
    ).toBe(0);
    const [entry] = await auditOf(user.id);
    expect(entry?.action).toBe('delete');
    expect(JSON.parse(entry?.before ?? 'null')).toEqual({ email: user.email, role: 'editor' });
  });

  it('refuses an unknown user, and an admin demoting or deleting themselves, writing nothing', async () => {
    const unknown = '00000000-0000-4000-8000-00000000abcd';
    const before = await database().count('SELECT count(*) FROM audit_log');
    await expect(admin.caller.users.setRole({ id: unknown, role: 'editor' })).rejects.toMatchObject(
      { code: 'NOT_FOUND' },
    );
    await expect(admin.caller.users.delete({ id: unknown })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    const self = admin.session.user.id;
    await expect(admin.caller.users.setRole({ id: self, role: 'viewer' })).rejects.toMatchObject({
      code: 'BAD_REQUEST',
      message: 'you cannot remove your own admin role',
    });
    await expect(admin.caller.users.delete({ id: self })).rejects.toMatchObject({
      code: 'BAD_REQUEST',
      message: 'you cannot delete yourself',
    });
    expect(await database().count('SELECT count(*) FROM audit_log')).toBe(before);
  });
});
