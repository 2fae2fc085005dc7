import type { Database } from '@tianshan/db/database';

/** Accounts, sessions and the sign-in throttle live in whichever database the process was given. */
export type AuthDatabase = Database;
