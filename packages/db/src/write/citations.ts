import type { RecordKind } from '@tianshan/model';
import { citations } from '../schema';
import type { Tx } from './sources';

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
  tx: Tx,
  kind: RecordKind,
  recordId: number,
  links: CitationLink[],
): void {
  if (links.length === 0) throw new MissingCitationError(kind, recordId);
  tx.insert(citations)
    .values(
      links.map((l) => ({
        sourceId: l.sourceId,
        recordKind: kind,
        recordId,
        quote: l.quote ?? null,
        page: l.page ?? null,
      })),
    )
    .run();
}
