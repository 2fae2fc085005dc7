import { citations, httpUrl } from '@tianshan/model';
import type { OfficialDatabase } from './official-figure';

/** What the editor says about a download: the query (or the file's name), when it was retrieved, where. */
export interface OfficialSourceInput {
  query: string;
  /** YYYY-MM-DD, entered by the editor: the databases revise figures, so the day matters. */
  retrievedOn: string;
  /** The database's address; its own home page when left out. */
  databaseUrl?: string;
}

type SourceCheck =
  | { ok: true; source: OfficialSource }
  | { ok: false; problems: { column: string; message: string }[] };

export interface OfficialSource {
  title: string;
  publisher: string;
  url: string;
  accessedOn: string;
  notes: string;
  language: string;
}

/**
 * One source per file. Sources are matched by address, so the address carries the query and the retrieval
 * day after `#`: another query or a later download is another source, and the page still opens the database.
 */
export function officialSource(
  database: OfficialDatabase,
  input: OfficialSourceInput,
  fileName: string,
): SourceCheck {
  const problems: { column: string; message: string }[] = [];
  const query = input.query.trim();
  if (query === '')
    problems.push({
      column: 'query',
      message: 'give the query (or the file name) of the download',
    });
  if (query.length > 300)
    problems.push({ column: 'query', message: 'the query must be at most 300 characters' });
  const day = input.retrievedOn.trim();
  const date = new Date(`${day}T00:00:00Z`);
  if (
    !/^\d{4}-\d{2}-\d{2}$/.test(day) ||
    Number.isNaN(date.getTime()) ||
    date.toISOString().slice(0, 10) !== day
  )
    problems.push({ column: 'retrievedOn', message: 'give the retrieval date as YYYY-MM-DD' });
  const base = (input.databaseUrl ?? '').trim() || database.url;
  const url = httpUrl.safeParse(base);
  if (!url.success)
    problems.push({
      column: 'databaseUrl',
      message: 'the database address must start with http:// or https://',
    });
  if (problems.length > 0 || !url.success) return { ok: false, problems };
  const fragment = new URLSearchParams({ query, retrieved: day }).toString();
  return {
    ok: true,
    source: {
      title: `${database.name}: ${query}`,
      publisher: database.publisher,
      url: `${url.data.split('#')[0]}#${fragment}`,
      accessedOn: day,
      notes: `Official statistics, downloaded as ${fileName} on ${day}.`,
      language: 'en',
    },
  };
}

/** The citation every row of the file carries, checked as the write path will check it. */
export function citationsOf(source: OfficialSource) {
  return citations.parse([{ newSource: source }]);
}
