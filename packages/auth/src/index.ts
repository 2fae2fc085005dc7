export { createAuth, loadAuth, type Auth, type AuthOptions } from './auth';
export type { AuthDatabase } from './auth-database';
export { DuplicateUserError } from './duplicate-user-error';
