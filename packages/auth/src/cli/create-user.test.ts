import { spawn } from 'node:child_process';
import path from 'node:path';
import { expect, it, vi } from 'vitest';
import { verifyPassword } from '../password';
import {
  describeOnEachDatabase,
  type DialectTestDatabase,
} from '@tianshan/db/testing/each-database';

/**
 * The account command as an operator runs it (`pnpm --filter @tianshan/auth user:create …`, and start.sh's
 * first admin): a real process against a database of its own (TIANSHAN_DB's file, or DATABASE_URL's
 * PostgreSQL database), checked through that database.
 */

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function createUserCli(database: DialectTestDatabase, args: string[], stdin = ''): Promise<Run> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', path.join(import.meta.dirname, 'create-user.ts'), ...args],
    {
      cwd: path.join(import.meta.dirname, '..', '..'),
      env: database.env,
      stdio: ['pipe', 'pipe', 'pipe'],
    },
  );
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d) => (stdout += String(d)));
  child.stderr.on('data', (d) => (stderr += String(d)));
  child.stdin.end(stdin);
  return new Promise((resolve) => child.on('close', (code) => resolve({ code, stdout, stderr })));
}

interface StoredUser {
  id: string;
  name: string;
  role: string;
  hash: string;
}

async function stored(database: DialectTestDatabase, email: string) {
  const [user] = await database.query<StoredUser & Record<string, unknown>>(
    `SELECT u.id, u.name, u.role, a.password AS hash FROM users u
       JOIN accounts a ON a.user_id = u.id AND a.provider_id = 'credential' WHERE u.email = $1`,
    [email],
  );
  const audited = user
    ? await database.count(
        "SELECT count(*) FROM audit_log WHERE action = 'create' AND record_kind = 'user' AND record_id = $1",
        [user.id],
      )
    : 0;
  const users = await database.count('SELECT count(*) FROM users');
  return { user, audited, users };
}

// Each case starts a process (seconds on a busy machine); the cases build on each other, in order.
vi.setConfig({ testTimeout: 120_000 });

describeOnEachDatabase('user:create, run as a command', (database) => {
  const userCreate = (args: string[], stdin?: string) => createUserCli(database(), args, stdin);
  const storedUser = (email: string) => stored(database(), email);

  it('creates the first admin with a generated password, printed once, stored as its credential', async () => {
    const run = await userCreate([
      '--email',
      'Admin@Example.org',
      '--name',
      'Ada Admin',
      '--role',
      'admin',
      '--if-no-users',
    ]);
    expect(run).toMatchObject({ code: 0, stderr: '' });
    expect(run.stdout).toContain('created admin admin@example.org');
    const password = /password \(shown once\): (\S+)/.exec(run.stdout)?.[1] ?? '';
    expect(password.length).toBeGreaterThanOrEqual(20);

    const { user, audited } = await storedUser('admin@example.org');
    expect(user).toMatchObject({ name: 'Ada Admin', role: 'admin' });
    expect(await verifyPassword({ hash: user?.hash ?? '', password })).toBe(true);
    expect(audited).toBe(1);
  });

  it('with --if-no-users creates nobody once an account exists', async () => {
    const run = await userCreate([
      '--email',
      'second@example.org',
      '--role',
      'admin',
      '--if-no-users',
    ]);
    expect(run).toMatchObject({ code: 0, stderr: '' });
    expect(run.stdout).toContain('accounts exist already');
    expect(await storedUser('second@example.org')).toMatchObject({ user: undefined, users: 1 });
  });

  it('takes a password from stdin and never prints it', async () => {
    const password = 'a long enough password';
    const run = await userCreate(
      ['--email', 'ed@example.org', '--name', 'Ed', '--role', 'editor', '--password-stdin'],
      `${password}\n`,
    );
    expect(run).toMatchObject({ code: 0, stderr: '' });
    expect(run.stdout).toContain('created editor ed@example.org');
    expect(run.stdout).not.toContain(password);
    const { user } = await storedUser('ed@example.org');
    expect(user?.role).toBe('editor');
    // The line ending that ends the piped input is not part of the password.
    expect(await verifyPassword({ hash: user?.hash ?? '', password })).toBe(true);
  });

  it('refuses a second account with the same email, and bad input, with a message and no change', async () => {
    const duplicate = await userCreate(
      ['--email', 'ED@example.org', '--role', 'viewer', '--password-stdin'],
      'another long password\n',
    );
    expect(duplicate.code).toBe(1);
    expect(duplicate.stderr).toContain('a user with the email ed@example.org already exists');

    const bad = await userCreate(
      ['--email', 'not-an-email', '--role', 'editor', '--password-stdin'],
      'short\n',
    );
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('email: must be an email address');
    expect(bad.stderr).toContain('password: must be at least 12 characters');

    const { user, users } = await storedUser('ed@example.org');
    expect(user?.role).toBe('editor');
    expect(users).toBe(2);
  });
});
