/** A new record: the whole validated row is written. */
export interface StagedAddition<Input = Record<string, unknown>> {
  line: number;
  id: null;
  /** As the kind's schema returned it in the preview. */
  input: Input;
}

/**
 * A change to a stored record: only the fields the preview showed as changing are written, and only if each
 * still holds the value the preview saw (`seen`), so an edit made after the preview is neither reverted nor
 * silently overwritten.
 */
export interface StagedChange<Input = Record<string, unknown>> {
  line: number;
  id: number;
  input: Input;
  seen: Record<string, unknown>;
}

export type StagedRow<Input = Record<string, unknown>> =
  StagedAddition<Input> | StagedChange<Input>;

/** One comparison for preview and commit, so a value read back the same way compares equal. */
export function sameValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
}
