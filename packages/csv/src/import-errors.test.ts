import { describe, expect, test } from 'vitest';
import { importCsv } from './import';
import type { CsvImportOptions } from './import-types';
import { acceptAll, chunked, collect, errorsOf, rowsOf } from './test-support';

const columns = ['country', 'city'];

function run(
  bytes: Buffer,
  options: Partial<CsvImportOptions<Record<string, string>>> = {},
  chunkSize = 65536,
) {
  return collect(
    importCsv(chunked(bytes, chunkSize), { columns, validate: acceptAll, ...options }),
  );
}

const utf8 = (text: string) => Buffer.from(text, 'utf8');

describe('encoding', () => {
  test('names the line of a Latin-1 byte and keeps the rows before it', async () => {
    const bytes = Buffer.concat([
      utf8('country;city\nKazakhstan;Astana\n'),
      Buffer.from('Kazakhstan;Almaty é\n', 'latin1'),
      utf8('Uzbekistan;Tashkent\n'),
    ]);
    for (const size of [1, 7, 65536]) {
      const items = await run(bytes, {}, size);
      expect(items).toEqual([
        { kind: 'row', line: 2, value: { country: 'Kazakhstan', city: 'Astana' } },
        {
          kind: 'error',
          fatal: true,
          line: 3,
          column: null,
          message: 'line 3: the file is not valid UTF-8; save it as UTF-8 (in Excel: "CSV UTF-8")',
        },
      ]);
    }
  });

  test('recognises a UTF-16 file by its byte order mark', async () => {
    const bytes = Buffer.from('\uFEFFcountry,city\r\nKZ,Almaty\r\n', 'utf16le');
    expect(bytes[0]).toBe(0xff);
    expect(await run(bytes)).toEqual([
      {
        kind: 'error',
        fatal: true,
        line: 1,
        column: null,
        message:
          'line 1: the file is not valid UTF-8 (it looks like UTF-16); save it as UTF-8 (in Excel: "CSV UTF-8")',
      },
    ]);
  });

  test('reports invalid bytes inside a quoted multi-line field on their own line', async () => {
    const bytes = Buffer.concat([
      utf8('country,city\nKZ,"Almaty\n'),
      Buffer.from([0xff, 0xfe]),
      utf8('"\n'),
    ]);
    const items = await run(bytes);
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({ fatal: true, line: 3 });
  });

  test('reports a character cut off by the end of the file', async () => {
    const bytes = Buffer.concat([utf8('country,city\nKZ,Алматы'), Buffer.from([0xd0])]);
    expect(await run(bytes)).toEqual([
      expect.objectContaining({
        fatal: true,
        line: 2,
        message: expect.stringContaining('not valid UTF-8'),
      }),
    ]);
  });
});

describe('ragged rows', () => {
  test('reports too many and too few fields with their lines and keeps going', async () => {
    const items = await run(utf8('country,city\nKZ,Almaty,extra\nUZ\nKG,Bishkek\n'));
    expect(items).toEqual([
      {
        kind: 'error',
        fatal: false,
        line: 2,
        column: null,
        message:
          'line 2: expected 2 fields like the header, found 3; a value probably contains the delimiter and needs quotes',
      },
      {
        kind: 'error',
        fatal: false,
        line: 3,
        column: null,
        message: 'line 3: expected 2 fields like the header, found 1; a value is probably missing',
      },
      { kind: 'row', line: 4, value: { country: 'KG', city: 'Bishkek' } },
    ]);
  });
});

describe('header', () => {
  test('reports a duplicate column', async () => {
    const items = await run(utf8('country,city,Country\nKZ,Almaty,KZ\n'));
    expect(items).toEqual([
      {
        kind: 'error',
        fatal: true,
        line: 1,
        column: 'country',
        message: 'line 1: column "Country" appears more than once in the header',
      },
    ]);
  });

  test('reports a missing column', async () => {
    expect(await run(utf8('country\nKZ\n'))).toEqual([
      {
        kind: 'error',
        fatal: true,
        line: 1,
        column: 'city',
        message: 'line 1: missing column "city"',
      },
    ]);
  });

  test('reports unknown and unnamed columns together with missing ones', async () => {
    const items = await run(utf8('country,town,\nKZ,Almaty,\n'));
    expect(items.map((i) => i.kind === 'error' && i.message)).toEqual([
      'line 1: unknown column "town"; expected columns are "country", "city"',
      'line 1: header column 3 has no name; remove the empty column or its extra delimiter',
      'line 1: missing column "city"',
    ]);
    expect(items.every((i) => i.kind === 'error' && i.fatal)).toBe(true);
  });

  test('reports an empty file', async () => {
    for (const bytes of [Buffer.alloc(0), utf8('\uFEFF')]) {
      expect(await run(bytes)).toEqual([
        {
          kind: 'error',
          fatal: true,
          line: 1,
          column: null,
          message:
            'line 1: the file is empty; the first line must be a header with the columns country, city',
        },
      ]);
    }
  });
});

describe('quoting problems', () => {
  test('reports a quote that is never closed at the line its record starts', async () => {
    const items = await run(utf8('country,city\nKZ,Almaty\nUZ,"Tashkent\nKG,Bishkek\n'));
    expect(items).toEqual([
      { kind: 'row', line: 2, value: { country: 'KZ', city: 'Almaty' } },
      {
        kind: 'error',
        fatal: true,
        line: 3,
        column: null,
        message:
          'line 3: a quoted field that starts in this record is never closed; check its quotes',
      },
    ]);
  });

  test('reports text after a closing quote', async () => {
    const items = await run(utf8('country,city\nKZ,"Almaty" South\n'));
    expect(errorsOf(items)).toEqual([
      expect.objectContaining({
        fatal: true,
        line: 2,
        message: expect.stringContaining('quote the whole field'),
      }),
    ]);
  });

  test('reports a record longer than maxRecordBytes', async () => {
    const items = await run(utf8(`country,city\nKZ,"${'x'.repeat(5000)}\n`), {
      maxRecordBytes: 1000,
    });
    expect(errorsOf(items)).toEqual([
      expect.objectContaining({
        fatal: true,
        line: 2,
        message: expect.stringContaining('longer than 1000 bytes'),
      }),
    ]);
  });
});

describe('size limit', () => {
  test('stops reading once the file exceeds maxBytes', async () => {
    let produced = 0;
    function* source() {
      yield utf8('country,city\n');
      for (;;) {
        produced += 1;
        yield utf8('KZ,Almaty\n'.repeat(100));
      }
    }
    const items = await collect(
      importCsv(source(), { columns, validate: acceptAll, maxBytes: 10 * 1024 }),
    );
    expect(errorsOf(items)).toEqual([
      {
        kind: 'error',
        fatal: true,
        line: null,
        column: null,
        message: 'the file is larger than the 10 KB limit; split it into smaller files',
      },
    ]);
    expect(produced).toBe(11);
    expect(rowsOf(items).length).toBeGreaterThan(900);
  });

  test('accepts a file of exactly maxBytes', async () => {
    const bytes = utf8('country,city\nKZ,Almaty\n');
    expect(rowsOf(await run(bytes, { maxBytes: bytes.length }))).toHaveLength(1);
    expect(errorsOf(await run(bytes, { maxBytes: bytes.length - 1 }))).toEqual([
      expect.objectContaining({
        message: 'the file is larger than the 22 bytes limit; split it into smaller files',
      }),
    ]);
  });
});
