import { parseArgs } from 'node:util';
import { ZodError } from 'zod';
import { openCommandDatabase } from '@tianshan/db/command-database';
import { createUser, DuplicateUserError, hasUsers } from '../users';

/**
 * pnpm --filter @tianshan/auth user:create --email a@b.org --name "A B" --role admin [--password-stdin]
 * Without --password-stdin a strong password is generated and printed once.
 * --if-no-users creates the account only in a database without any user (the quick start's first admin).
 * The database is DATABASE_URL's PostgreSQL one when set, else the SQLite file (TIANSHAN_DB).
 */
const { values } = parseArgs({
  options: {
    email: { type: 'string' },
    name: { type: 'string' },
    role: { type: 'string', default: 'editor' },
    'password-stdin': { type: 'boolean', default: false },
    'if-no-users': { type: 'boolean', default: false },
  },
});

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks)
    .toString('utf8')
    .replace(/\r?\n$/, '');
}

try {
  const { db, close } = await openCommandDatabase('user:create');
  try {
    if (values['if-no-users'] && (await hasUsers(db))) {
      console.log('accounts exist already: no new account created');
    } else {
      const password = values['password-stdin'] ? await readStdin() : undefined;
      const user = await createUser(db, {
        email: values.email ?? '',
        name: values.name ?? values.email ?? '',
        role: values.role as 'admin',
        password,
      });
      console.log(`created ${user.role} ${user.email}`);
      if (!values['password-stdin']) console.log(`password (shown once): ${user.password}`);
    }
  } finally {
    await close();
  }
} catch (error) {
  if (error instanceof ZodError)
    console.error(error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('\n'));
  else if (error instanceof DuplicateUserError) console.error(error.message);
  else console.error((error as Error).message);
  process.exit(1);
}
