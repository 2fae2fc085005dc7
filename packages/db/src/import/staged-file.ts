import type { StagedRow } from './staged-row';
import { openStagingWriter, readStagedLines } from './staging';

/**
 * A staged row as written, one JSON line each: `[line, id, cites, values, extra?]`, the input's values
 * (without its citations) in the order of the last `{"keys": […]}` line. A file's rows nearly always share
 * their fields, so the names are written once rather than on every row: the stage is half the size, and
 * writing and reading it back (a sixth of preview and commit together) costs less. Most rows also share
 * their citations (often one source for all): a list is written out with the first row citing it, under a
 * number later rows refer to; `fresh` tells the reader the writer forgot the earlier numbers.
 */
type StagedLine = [
  line: number,
  id: number | null,
  cites: number,
  values: unknown[],
  extra?: { citations?: unknown; seen?: Record<string, unknown>; fresh?: true },
];

interface Keys {
  keys: string[];
}

/** Distinct citation lists remembered by the writer (and so the reader); past this both start afresh. */
const REMEMBERED = 10_000;

/** Whether `input` defines exactly `keys`, in that order, besides its citations. */
function hasKeys(input: Record<string, unknown>, keys: readonly string[]): boolean {
  let i = 0;
  for (const key in input) {
    if (key === 'citations' || input[key] === undefined) continue;
    if (keys[i++] !== key) return false;
  }
  return i === keys.length;
}

/** Writes staged rows; rows handed the same citations object (the same list) share its one written copy. */
export function openStagedRowWriter(file: string) {
  const lines = openStagingWriter(file);
  const numbers = new Map<unknown, number>();
  let next = 0;
  let keys: string[] | null = null;
  return {
    write(row: StagedRow) {
      const { input } = row;
      // An undefined entry is left out, as JSON leaves out an undefined property: read back, it is absent.
      if (!keys || !hasKeys(input, keys)) {
        keys = Object.keys(input).filter((k) => k !== 'citations' && input[k] !== undefined);
        lines.write({ keys } satisfies Keys);
      }
      const values: unknown[] = [];
      for (const key of keys) values.push(input[key]);
      const list = input.citations;
      let cites = numbers.get(list);
      const extra: NonNullable<StagedLine[4]> = {};
      let hasExtra = row.id !== null;
      if (cites === undefined) {
        hasExtra = true;
        if (numbers.size >= REMEMBERED) {
          numbers.clear();
          extra.fresh = true;
        }
        cites = next++;
        numbers.set(list, cites);
        extra.citations = list;
      }
      if (row.id !== null) extra.seen = row.seen;
      const staged: StagedLine = [row.line, row.id, cites, values];
      if (hasExtra) staged.push(extra);
      lines.write(staged);
    },
    close: () => lines.close(),
  };
}

/** Reads the rows back in order; rows that shared a list of citations share one object again. */
export function* readStagedRows<Input>(file: string): Generator<StagedRow<Input>> {
  const lists = new Map<number, unknown>();
  let keys: string[] = [];
  for (const staged of readStagedLines<StagedLine | Keys>(file)) {
    if (!Array.isArray(staged)) {
      keys = staged.keys;
      continue;
    }
    const [line, id, cites, values, extra] = staged;
    if (extra?.fresh) lists.clear();
    if (extra && 'citations' in extra) lists.set(cites, extra.citations);
    const fields: Record<string, unknown> = {};
    for (let i = 0; i < keys.length; i++) fields[keys[i] as string] = values[i];
    fields.citations = lists.get(cites);
    const input = fields as Input;
    yield id === null ? { line, id: null, input } : { line, id, input, seen: extra?.seen ?? {} };
  }
}
