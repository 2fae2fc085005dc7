export class DuplicateUserError extends Error {
  constructor(email: string) {
    super(`a user with the email ${email} already exists`);
  }
}
