import type { Db } from '../client';
import { writeAudit } from './audit';
import { attachCitations, type CitationLink } from './citations';
import { refreshPlansAfter } from './project-plan';
import { insertReturning } from './raw-insert';
import { CITED_KINDS, type CitedKindName, type ValidInput } from './record-kinds';
import {
  creationEntry,
  assertProjectExists,
  assertUniqueProjectName,
  inTransaction,
  resolveCitations,
  setCountries,
  type Row,
  type ValidCitation,
  type WriteOptions,
} from './record-parts';

interface Written {
  row: Row;
  data: { countries?: string[] } & Record<string, unknown>;
  links: CitationLink[];
}

interface CreateManyOptions extends WriteOptions {
  /** The error to throw when the record at `index` fails (the import names the file's line). */
  failed?: (index: number, error: Error) => Error;
}

/**
 * Inserts, cites and audits records its kind's schema has already returned, in one transaction. The three
 * tables are written in turn for the whole list — every record, then every citation, then every audit entry —
 * rather than record by record: SQLite then keeps appending to one table's pages at a time (the same
 * statements took 15–25% less time in turn than interleaved). The rows, ids and entries are the same as
 * writing the records one by one.
 * Rows citing the same list (an import's rows usually share one source) resolve it once.
 */
export function createValidRecords(
  db: Db,
  kind: CitedKindName,
  valids: readonly ValidInput[],
  options: CreateManyOptions,
): number[] {
  const def = CITED_KINDS[kind];
  return inTransaction(db, options, (tx) => {
    const resolved = new Map<unknown, CitationLink[]>();
    const written: Written[] = [];
    let index = 0;
    try {
      for (; index < valids.length; index++) {
        const data = valids[index] as Written['data'] & { citations: ValidCitation[] };
        assertUniqueProjectName(db, kind, data.name);
        assertProjectExists(db, kind, data.projectId);
        const row = insertReturning<Row>(db, def.table, def.toRow(data));
        setCountries(tx, kind, row.id, data.countries);
        let links = resolved.get(data.citations);
        if (!links)
          resolved.set(data.citations, (links = resolveCitations(db, tx, data.citations)));
        written.push({ row, data, links });
      }
      for (index = 0; index < written.length; index++) {
        const { row, links } = written[index] as Written;
        attachCitations(db, kind, row.id, links);
        // A project's plan is read from its facts' sources: after the citations.
        refreshPlansAfter(db, tx, kind, row);
      }
      // The snapshot is built from what was just written (the stored row as returned, plus its countries
      // and sources) rather than read back: the same entry for a third of the statements.
      for (index = 0; index < written.length; index++) {
        const { row, data, links } = written[index] as Written;
        writeAudit(
          db,
          creationEntry(
            kind,
            { row, countries: data.countries, sourceIds: links.map((l) => l.sourceId) },
            options,
          ),
        );
      }
    } catch (error) {
      if (options.failed) throw options.failed(index, error as Error);
      throw error;
    }
    return written.map((w) => w.row.id);
  });
}
