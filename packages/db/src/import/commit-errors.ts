import type { ImportKind } from './row-mapping';

export class ImportNotFoundError extends Error {
  constructor() {
    super('this import has expired or was already confirmed; upload the file again');
  }
}

/** Records the preview showed as changing were edited or deleted since: the preview no longer shows the truth. */
export class ImportOutdatedError extends Error {
  constructor(
    readonly conflicts: string[],
    readonly total: number,
  ) {
    const more = total > conflicts.length ? `; and ${total - conflicts.length} more` : '';
    super(
      `Nothing was imported: ${total === 1 ? 'a record' : `${total} records`} changed after the preview (${conflicts.join('; ')}${more}). Preview the file again to see the current values.`,
    );
  }
}

export interface ImportResult {
  created: number;
  updated: number;
  kind: ImportKind;
}
