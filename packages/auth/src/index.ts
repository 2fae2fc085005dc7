export { createAuth, type Auth } from './auth';
export { DuplicateUserError } from './duplicate-user-error';
/** @public the app's entry point once it opens PostgreSQL (see the README's PostgreSQL section) */
export { loadAuth } from './auth';
