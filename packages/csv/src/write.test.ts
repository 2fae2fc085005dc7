import { describe, expect, test } from 'vitest';
import type { CsvColumn } from './csv-column';
import { csvChunks, csvReadable, csvWebStream, writeCsvString } from './write';

interface Line {
  country: string | null;
  value: number | string | null;
  period?: string;
}

const columns: CsvColumn<Line>[] = [
  { name: 'country', kind: 'text' },
  { name: 'value', kind: 'number', header: 'value_usd' },
  { name: 'period', kind: 'date' },
];

function body(rows: Line[]): string {
  const text = writeCsvString(columns, rows);
  return text.slice(text.indexOf('\r\n') + 2);
}

describe('writeCsvString', () => {
  test('writes the header and ends every record with CRLF', () => {
    const text = writeCsvString(columns, [
      { country: 'Kazakhstan', value: 123, period: '2023' },
      { country: 'Uzbekistan', value: 4.5, period: '2023-06' },
    ]);
    expect(text).toBe(
      'country,value_usd,period\r\nKazakhstan,123,2023\r\nUzbekistan,4.5,2023-06\r\n',
    );
  });

  test('writes only the header when there are no rows', () => {
    expect(writeCsvString(columns, [])).toBe('country,value_usd,period\r\n');
  });

  test.each([
    ['a comma', 'Almaty, KZ', '"Almaty, KZ"'],
    ['quotes', 'the "new" road', '"the ""new"" road"'],
    ['a line feed', 'line one\nline two', '"line one\nline two"'],
    ['a carriage return', 'line one\rline two', '"line one\rline two"'],
    ['CRLF', 'line one\r\nline two', '"line one\r\nline two"'],
    ['a semicolon (not our delimiter)', 'a;b', 'a;b'],
    ['surrounding spaces', '  padded  ', '  padded  '],
  ])('quotes a text cell only when needed: %s', (_, value, written) => {
    expect(body([{ country: value, value: 1 }])).toBe(`${written},1,\r\n`);
  });

  test.each([
    [
      '=',
      '=HYPERLINK("http://x.example","click")',
      `"'=HYPERLINK(""http://x.example"",""click"")"`,
    ],
    ['+', '+7 777 123 4567', "'+7 777 123 4567"],
    ['-', '-5', "'-5"],
    ['@', '@SUM(A1)', "'@SUM(A1)"],
    ['tab', '\t=1+1', "'\t=1+1"],
    ['carriage return', '\r=1+1', `"'\r=1+1"`],
  ])('neutralises a text cell starting with %s', (_, value, written) => {
    expect(body([{ country: value, value: 1 }])).toBe(`${written},1,\r\n`);
  });

  test('keeps negative numbers in a number column numeric, unquoted and unprefixed', () => {
    expect(body([{ country: 'KZ', value: -123 }])).toBe('KZ,-123,\r\n');
    expect(body([{ country: 'KZ', value: -0.25 }])).toBe('KZ,-0.25,\r\n');
    expect(body([{ country: 'KZ', value: '-565.8' }])).toBe('KZ,-565.8,\r\n');
  });

  test('writes Chinese, Cyrillic and Kazakh text unchanged', () => {
    expect(body([{ country: '哈萨克斯坦', value: 1 }])).toBe('哈萨克斯坦,1,\r\n');
    expect(body([{ country: 'Қазақстан, Алматы', value: 2 }])).toBe('"Қазақстан, Алматы",2,\r\n');
    expect(body([{ country: 'Узбекистан', value: 3 }])).toBe('Узбекистан,3,\r\n');
  });

  test('writes null, undefined and empty strings as empty cells', () => {
    expect(body([{ country: null, value: null }])).toBe(',,\r\n');
    expect(body([{ country: '', value: null, period: '' }])).toBe(',,\r\n');
  });

  test('writes partial ISO dates as given', () => {
    const rows = ['2021', '2021-06', '2021-06-30'].map((period) => ({
      country: 'KZ',
      value: 1,
      period,
    }));
    expect(body(rows)).toBe('KZ,1,2021\r\nKZ,1,2021-06\r\nKZ,1,2021-06-30\r\n');
  });

  test('adds a UTF-8 byte order mark only when asked', () => {
    expect(writeCsvString(columns, [], { bom: true })).toBe('\uFEFFcountry,value_usd,period\r\n');
    expect(writeCsvString(columns, [], { bom: false }).charCodeAt(0)).toBe('c'.charCodeAt(0));
    expect(writeCsvString(columns, []).startsWith('\uFEFF')).toBe(false);
  });

  test('refuses values a column kind cannot hold instead of writing something wrong', () => {
    expect(() => writeCsvString(columns, [{ country: 'KZ', value: Number.NaN }])).toThrow(
      /finite number/,
    );
    expect(() => writeCsvString(columns, [{ country: 'KZ', value: '1,5' }])).toThrow(
      /plain decimal/,
    );
    const objectCell = [{ country: {} as unknown as string, value: 1 }];
    expect(() => writeCsvString(columns, objectCell)).toThrow(/expected text/);
  });
});

async function* slowRows(count: number, pulled: { count: number }): AsyncGenerator<Line> {
  for (let i = 0; i < count; i += 1) {
    pulled.count += 1;
    yield { country: i % 2 === 0 ? `=row ${i}` : `Country ${i}`, value: -i, period: '2024-01' };
  }
}

describe('streaming', () => {
  const manyRows = (count: number) => Array.from(slowRowsSync(count));
  function* slowRowsSync(count: number): Generator<Line> {
    for (let i = 0; i < count; i += 1) {
      yield { country: i % 2 === 0 ? `=row ${i}` : `Country ${i}`, value: -i, period: '2024-01' };
    }
  }

  test('csvChunks produces the same text as writeCsvString', async () => {
    const pulled = { count: 0 };
    let text = '';
    for await (const chunk of csvChunks(columns, slowRows(1234, pulled), { bom: true }))
      text += chunk;
    expect(text).toBe(writeCsvString(columns, manyRows(1234), { bom: true }));
  });

  test('csvChunks pulls rows only as chunks are consumed', async () => {
    const pulled = { count: 0 };
    const chunks = csvChunks(columns, slowRows(100_000, pulled));
    await chunks.next();
    await chunks.next();
    expect(pulled.count).toBeLessThanOrEqual(501);
    await chunks.return(undefined);
    expect(pulled.count).toBeLessThan(100_000);
  });

  test('csvReadable streams the same text', async () => {
    let text = '';
    for await (const chunk of csvReadable(columns, manyRows(700))) text += String(chunk);
    expect(text).toBe(writeCsvString(columns, manyRows(700)));
  });

  test('csvWebStream streams UTF-8 bytes, BOM included, for a Response', async () => {
    const stream = csvWebStream(columns, [{ country: 'Қазақстан', value: -1, period: '2024' }], {
      bom: true,
    });
    const bytes = Buffer.from(await new Response(stream).arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.subarray(3).toString('utf8')).toBe(
      'country,value_usd,period\r\nҚазақстан,-1,2024\r\n',
    );
  });

  test('cancelling the web stream stops the row source', async () => {
    const pulled = { count: 0 };
    let finished = false;
    async function* rows() {
      try {
        yield* slowRows(100_000, pulled);
      } finally {
        finished = true;
      }
    }
    const reader = csvWebStream(columns, rows()).getReader();
    await reader.read();
    await reader.read();
    await reader.cancel();
    expect(finished).toBe(true);
    expect(pulled.count).toBeLessThan(2000);
  });
});
