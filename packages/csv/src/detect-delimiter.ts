import { parse } from 'csv-parse/sync';
import { headerKey } from './header-names';

export type CsvDelimiter = ',' | ';';

/**
 * Picks `,` or `;` from the header line. Spreadsheets in locales with a decimal comma (Russian,
 * German, …) save CSV with semicolons. Counting characters is fooled by a header such as
 * "Value, USD;Country", so each candidate splits the line and the one that yields more of the
 * expected column names wins; then the one that yields more fields; then the comma.
 */
export function detectDelimiter(headerLine: string, expected: readonly string[]): CsvDelimiter {
  const wanted = new Set(expected.map(headerKey));
  const comma = score(headerLine, ',', wanted);
  const semicolon = score(headerLine, ';', wanted);
  if (semicolon.known !== comma.known) return semicolon.known > comma.known ? ';' : ',';
  return semicolon.fields > comma.fields ? ';' : ',';
}

function score(line: string, delimiter: CsvDelimiter, wanted: Set<string>) {
  const fields = splitLine(line, delimiter);
  return { known: fields.filter((f) => wanted.has(headerKey(f))).length, fields: fields.length };
}

function splitLine(line: string, delimiter: CsvDelimiter): string[] {
  try {
    const [fields] = parse(line, {
      delimiter,
      relax_quotes: true,
      relax_column_count: true,
    });
    return fields ?? [];
  } catch {
    // A header cut off inside a quoted name: fall back to a plain split, which is enough to count.
    return line.split(delimiter);
  }
}
