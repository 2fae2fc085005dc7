import { createTestDatabase, type TestDatabase } from '@tianshan/db/testing';
import { createCaller } from './root';
import { createInnerTRPCContext, type Session } from './trpc';

/** A real router over a fresh seeded SQLite file, as a given user (or anonymous). */
export function callerFor(
  session: Session | null = null,
  test: TestDatabase = createTestDatabase(),
) {
  return { caller: createCaller(createInnerTRPCContext({ db: test.db, session })), test };
}
