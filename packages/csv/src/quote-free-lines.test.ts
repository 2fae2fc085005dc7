import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CsvDelimiter } from './detect-delimiter';
import { createRecordReader } from './record-reader';

const DELIMITERS: CsvDelimiter[] = [',', ';'];

async function readInChunks(
  text: string,
  delimiter: CsvDelimiter,
  cuts: number[],
): Promise<string[][]> {
  const reader = createRecordReader(delimiter, 1024 * 1024);
  const bytes = Buffer.from(text, 'utf8');
  const records: string[][] = [];
  let start = 0;
  for (const cut of [...new Set(cuts)].sort((a, b) => a - b)) {
    const end = Math.min(cut, bytes.length);
    if (end <= start) continue;
    records.push(...(await reader.write(bytes.subarray(start, end))).records.map((r) => r.fields));
    start = end;
  }
  records.push(...(await reader.write(bytes.subarray(start))).records.map((r) => r.fields));
  records.push(...(await reader.end()).records.map((r) => r.fields));
  return records;
}

describe('records of a file without quotes', () => {
  it('are split exactly as csv-parse splits them, wherever the chunks are cut', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...DELIMITERS),
        fc.array(
          fc.constantFrom('a', 'bc', ',', ';', '\t', '\r', '\n', '\r\n', ' ', 'é', '😀', ''),
        ),
        fc.array(fc.nat(200), { maxLength: 8 }),
        async (delimiter, parts, cuts) => {
          const text = parts.join('');
          const expected: string[][] = parse(text, {
            delimiter,
            record_delimiter: ['\r\n', '\n'],
            relax_column_count: true,
          });
          expect(await readInChunks(text, delimiter, cuts)).toEqual(expected);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('hands a file to the parser from its first quote on', async () => {
    const text = 'a,b\nc,d\n"e,f",g\nh,i\n';
    expect(await readInChunks(text, ',', [4, 9])).toEqual([
      ['a', 'b'],
      ['c', 'd'],
      ['e,f', 'g'],
      ['h', 'i'],
    ]);
  });
});
