import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { CsvColumn } from './csv-column';
import { importCsv } from './import';
import { acceptAll, chunked, collect } from './test-support';
import { csvChunks, writeCsvString } from './write';

interface Entry {
  name: string | null;
  note: string | null;
  amount: number | null;
  period: string | null;
}

const columns: CsvColumn<Entry>[] = [
  { name: 'name', kind: 'text' },
  { name: 'note', kind: 'text' },
  { name: 'amount', kind: 'number' },
  { name: 'period', kind: 'date' },
];
const names = columns.map((c) => c.name);

/** What the importer should hand back for a written row: every cell as text, null as empty. */
function expectedRow(entry: Entry): Record<string, string> {
  return {
    name: entry.name ?? '',
    note: entry.note ?? '',
    amount: entry.amount === null ? '' : String(Number(entry.amount)),
    period: entry.period ?? '',
  };
}

async function readBack(bytes: Buffer, chunkSize: number) {
  const items = await collect(
    importCsv(chunked(bytes, chunkSize), { columns: names, validate: acceptAll }),
  );
  return items.map((item) => {
    if (item.kind === 'error') throw new Error(item.message);
    return {
      ...item.value,
      amount: item.value.amount === '' ? '' : String(Number(item.value.amount)),
    };
  });
}

describe('export then import', () => {
  test('gives back the same values, including neutralised cells, unicode and line breaks', async () => {
    const entries: Entry[] = [
      { name: '=SUM(A1:A9)', note: '-5', amount: -123, period: '2021' },
      { name: '+7 (727) 000', note: '@mention', amount: 1e16, period: '2021-06' },
      { name: '\tindented', note: '\rcarriage', amount: 0.000_000_15, period: '2021-06-30' },
      { name: "'=already quoted", note: "'plain apostrophe", amount: null, period: null },
      { name: '哈萨克斯坦', note: 'Қазақстан, "Алматы"\r\nline two', amount: 4.5, period: '2024' },
    ];
    const text = writeCsvString(columns, entries, { bom: true });
    expect(text).toContain(`"'\rcarriage"`);
    expect(text).toContain("''=already quoted");
    expect(await readBack(Buffer.from(text, 'utf8'), 5)).toEqual(entries.map(expectedRow));
  });

  test('holds for any text, numbers and chunking (property)', async () => {
    // Characters that matter to CSV and to the formula guard are drawn often, the rest from all
    // of Unicode.
    const special = fc.constantFrom(
      '=',
      '+',
      '-',
      '@',
      '\t',
      '\r',
      '\n',
      ',',
      ';',
      '"',
      "'",
      ' ',
      '\uFF1D',
      'é',
      '中',
    );
    const text = fc.option(
      fc.string({
        unit: fc.oneof(special, fc.string({ unit: 'binary', minLength: 1, maxLength: 1 })),
      }),
      {
        nil: null,
      },
    );
    const entry = fc.record({
      name: text,
      note: text,
      amount: fc.option(
        fc.oneof(fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true })),
        { nil: null },
      ),
      period: fc.option(fc.constantFrom('2020', '2020-02', '2020-02-29'), { nil: null }),
    });
    await fc.assert(
      fc.asyncProperty(
        fc.array(entry, { maxLength: 20 }),
        fc.integer({ min: 1, max: 64 }),
        async (entries, size) => {
          let written = '';
          for await (const chunk of csvChunks(columns, entries, { bom: true })) written += chunk;
          const back = await readBack(Buffer.from(written, 'utf8'), size);
          // A row whose cells are all empty is written as ",,," and skipped on import as a blank row.
          const expected = entries
            .map(expectedRow)
            .filter((row) => Object.values(row).some((v) => v !== ''));
          expect(back).toEqual(expected);
        },
      ),
      { numRuns: 300 },
    );
  });
});
