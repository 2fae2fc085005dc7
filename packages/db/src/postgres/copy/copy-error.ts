/**
 * A problem the person running `db:copy` can fix (a wrong URL, a missing file, a non-empty target). The
 * command prints its message as one line, never a stack trace.
 */
export class CopyError extends Error {}
