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

/** One field as the editor saw it and as it is stored now. */
export interface StaleChange {
  field: string;
  theirs: unknown;
  now: unknown;
}

/**
 * An edit started from an older version of the record than the one stored: saving it would silently undo
 * whatever was written since, so it is refused, naming what changed (when the history still knows).
 */
export class StaleEditError extends RecordConflictError {
  constructor(
    readonly kind: string,
    readonly id: number,
    readonly expectedVersion: number,
    readonly currentVersion: number,
    readonly changes: StaleChange[],
  ) {
    super(
      `this ${kind} was changed by someone else since you opened it (version ${expectedVersion}, now ${currentVersion})` +
        (changes.length
          ? `: ${changes.map((c) => `${c.field}: ${shown(c.theirs)} → ${shown(c.now)}`).join('; ')}`
          : '') +
        '. Nothing was saved; reload to edit the current version.',
    );
  }
}

function shown(value: unknown): string {
  if (value === null || value === undefined) return '—';
  return typeof value === 'object' ? JSON.stringify(value) : String(value);
}
