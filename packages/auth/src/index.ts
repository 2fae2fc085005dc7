export { createAuth, type Auth, type AuthOptions } from './auth';
export {
  createUser,
  DuplicateUserError,
  generatePassword,
  newUserInput,
  type NewUserInput,
} from './users';
