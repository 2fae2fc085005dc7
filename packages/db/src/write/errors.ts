/** Errors a user can cause; the API maps them to 4xx responses with their message. */
export class RecordNotFoundError extends Error {
  constructor(kind: string, id: number | string) {
    super(`no ${kind} with id ${id}`);
  }
}

export class RecordConflictError extends Error {
  constructor(
    message: string,
    readonly field?: string,
  ) {
    super(message);
  }
}

/** Input that passed the schema but points at something that does not exist (e.g. a deleted source). */
export class InvalidReferenceError extends Error {
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(message);
  }
}
