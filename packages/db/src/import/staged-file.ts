import type { StagedRow } from './staged-row';
import { openStagingWriter, readStagedLines } from './staging';

/**
 * A staged row as written, one JSON line each: the input without its citations, which most rows of a file
 * share (often one source for all). A list of citations is written out with the first row citing it, under
 * a number later rows refer to; `fresh` tells the reader the writer forgot the earlier numbers.
 */
interface StagedLine {
  line: number;
  id: number | null;
  input: Record<string, unknown>;
  cites: number;
  citations?: unknown;
  seen?: Record<string, unknown>;
  fresh?: true;
}

/** Distinct citation lists remembered by the writer (and so the reader); past this both start afresh. */
const REMEMBERED = 10_000;

/** Writes staged rows; rows handed the same citations object (the same list) share its one written copy. */
export function openStagedRowWriter(file: string) {
  const lines = openStagingWriter(file);
  const numbers = new Map<unknown, number>();
  let next = 0;
  return {
    write(row: StagedRow) {
      const input: Record<string, unknown> = {};
      for (const key in row.input) if (key !== 'citations') input[key] = row.input[key];
      const list = row.input.citations;
      let cites = numbers.get(list);
      let first = false;
      let fresh = false;
      if (cites === undefined) {
        if (numbers.size >= REMEMBERED) {
          numbers.clear();
          fresh = true;
        }
        cites = next++;
        numbers.set(list, cites);
        first = true;
      }
      const staged: StagedLine = { line: row.line, id: row.id, input, cites };
      if (first) staged.citations = list;
      if (fresh) staged.fresh = true;
      if (row.id !== null) staged.seen = row.seen;
      lines.write(staged);
    },
    close: () => lines.close(),
  };
}

/** Reads the rows back in order; rows that shared a list of citations share one object again. */
export function* readStagedRows<Input>(file: string): Generator<StagedRow<Input>> {
  const lists = new Map<number, unknown>();
  for (const staged of readStagedLines<StagedLine>(file)) {
    if (staged.fresh) lists.clear();
    if ('citations' in staged) lists.set(staged.cites, staged.citations);
    staged.input.citations = lists.get(staged.cites);
    const input = staged.input as Input;
    yield staged.id === null
      ? { line: staged.line, id: null, input }
      : { line: staged.line, id: staged.id, input, seen: staged.seen ?? {} };
  }
}
