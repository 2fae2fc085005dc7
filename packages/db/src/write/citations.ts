import type { RecordKind } from '@tianshan/model';
import type { Db } from '../client';
import { citations } from '../schema';
import { insertValues } from './raw-insert';

export interface CitationLink {
  sourceId: number;
  quote?: string | null;
  page?: string | null;
}

export class MissingCitationError extends Error {
  constructor(kind: RecordKind, id: number) {
    super(`${kind} ${id} must cite at least one source`);
  }
}

/** Every figure cites at least one source: the write path refuses a record without one. */
export function attachCitations(
  db: Db,
  kind: RecordKind,
  recordId: number,
  links: CitationLink[],
): void {
  if (links.length === 0) throw new MissingCitationError(kind, recordId);
  for (const l of links)
    insertValues(db, citations, {
      sourceId: l.sourceId,
      recordKind: kind,
      recordId,
      quote: l.quote ?? null,
      page: l.page ?? null,
    });
}
