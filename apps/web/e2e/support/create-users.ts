import { createUser } from '@tianshan/auth/users';
import { databasePath } from '@tianshan/db/env';
import { openOwnedDatabase } from '@tianshan/db/setup';
import { E2E_USERS } from './users';

const db = openOwnedDatabase(databasePath());
for (const u of Object.values(E2E_USERS)) {
  await createUser(
    db,
    { email: u.email, name: u.role, role: u.role, password: u.password },
    { userId: null, label: 'e2e setup' },
  );
}
db.$client.close();
console.log(`created ${Object.keys(E2E_USERS).length} e2e users in ${databasePath()}`);
