export { createAuth, type Auth } from './auth';
export { DuplicateUserError } from './duplicate-user-error';
