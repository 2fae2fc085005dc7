import { describe, expect, test } from 'vitest';
import { importCsv } from './import';
import type { CsvRowValidator } from './import-types';
import { acceptAll, chunked, collect, errorsOf, rowsOf } from './test-support';

const columns = ['country', 'city', 'note'];

function run(text: string | Buffer, chunkSize = 64 * 1024) {
  const bytes = typeof text === 'string' ? Buffer.from(text, 'utf8') : text;
  return collect(importCsv(chunked(bytes, chunkSize), { columns, validate: acceptAll }));
}

describe('importCsv on well-formed files', () => {
  test('reads comma-separated LF files with the line of each record', async () => {
    const items = await run('country,city,note\nKZ,Almaty,\nUZ,Tashkent,capital\n');
    expect(items).toEqual([
      { kind: 'row', line: 2, value: { country: 'KZ', city: 'Almaty', note: '' } },
      { kind: 'row', line: 3, value: { country: 'UZ', city: 'Tashkent', note: 'capital' } },
    ]);
  });

  test('reads a UTF-8 BOM and CRLF line endings, without a final line break', async () => {
    const items = await run('\uFEFFcountry,city,note\r\nKZ,Almaty,x\r\nKG,Bishkek,y');
    expect(rowsOf(items)).toEqual([
      { line: 2, value: { country: 'KZ', city: 'Almaty', note: 'x' } },
      { line: 3, value: { country: 'KG', city: 'Bishkek', note: 'y' } },
    ]);
  });

  test('detects semicolons from the header, keeping decimal commas in values', async () => {
    const items = await run('country;city;note\r\nKZ;Almaty;1,5\r\nTJ;Dushanbe;"a;b"\r\n');
    expect(rowsOf(items).map((r) => r.value)).toEqual([
      { country: 'KZ', city: 'Almaty', note: '1,5' },
      { country: 'TJ', city: 'Dushanbe', note: 'a;b' },
    ]);
  });

  test('picks the delimiter that yields the expected header names', async () => {
    const items = await collect(
      importCsv([Buffer.from('"Value, USD";country\n"1,5";KZ\n')], {
        columns: ['Value, USD', 'country'],
        validate: acceptAll,
      }),
    );
    expect(rowsOf(items)).toEqual([{ line: 2, value: { 'Value, USD': '1,5', country: 'KZ' } }]);
  });

  test('reads quoted fields with delimiters, doubled quotes and line breaks, and counts lines across them', async () => {
    const text =
      'country,city,note\n' +
      'KZ,"Almaty, South","say ""hi"""\n' +
      'UZ,Tashkent,"first\r\nsecond\nthird"\n' +
      'KG,Bishkek,"a\rb"\n' +
      'TJ,Dushanbe,last\n';
    const items = await run(text);
    expect(rowsOf(items)).toEqual([
      { line: 2, value: { country: 'KZ', city: 'Almaty, South', note: 'say "hi"' } },
      { line: 3, value: { country: 'UZ', city: 'Tashkent', note: 'first\r\nsecond\nthird' } },
      { line: 6, value: { country: 'KG', city: 'Bishkek', note: 'a\rb' } },
      { line: 7, value: { country: 'TJ', city: 'Dushanbe', note: 'last' } },
    ]);
  });

  test('reads Chinese and Cyrillic text split across one-byte chunks', async () => {
    const text = '\uFEFFcountry,city,note\r\n哈萨克斯坦,Алматы,"Қазақстан, 🏔"\r\n';
    const items = await run(text, 1);
    expect(items).toEqual([
      {
        kind: 'row',
        line: 2,
        value: { country: '哈萨克斯坦', city: 'Алматы', note: 'Қазақстан, 🏔' },
      },
    ]);
  });

  test('reads formula-looking cells as plain text, unchanged', async () => {
    const items = await run(
      'country,city,note\n=1+1,+7 777,@SUM(A1)\n-5,"=HYPERLINK(""x"")",\tx\n',
    );
    expect(rowsOf(items).map((r) => r.value)).toEqual([
      { country: '=1+1', city: '+7 777', note: '@SUM(A1)' },
      { country: '-5', city: '=HYPERLINK("x")', note: '\tx' },
    ]);
  });

  test('strips the quote our exporter puts before a formula character, and only that one', async () => {
    const items = await run("country,city,note\n'=1+1,'-5,'plain\n''=x,'@a,'\n");
    expect(rowsOf(items).map((r) => r.value)).toEqual([
      { country: '=1+1', city: '-5', note: "'plain" },
      { country: "'=x", city: '@a', note: "'" },
    ]);
  });

  test('matches header names ignoring case and spaces, and allows optional columns in any order', async () => {
    const items = await collect(
      importCsv([Buffer.from(' City ,COUNTRY\nAlmaty,KZ\n')], {
        columns: ['country', 'city'],
        optionalColumns: ['note'],
        validate: acceptAll,
      }),
    );
    expect(items).toEqual([{ kind: 'row', line: 2, value: { city: 'Almaty', country: 'KZ' } }]);
  });

  test('skips blank lines and rows of bare delimiters without shifting line numbers', async () => {
    const items = await run('country,city,note\n\nKZ,Almaty,x\n,,\n\r\nUZ,Tashkent,y\n\n');
    expect(rowsOf(items)).toEqual([
      { line: 3, value: { country: 'KZ', city: 'Almaty', note: 'x' } },
      { line: 6, value: { country: 'UZ', city: 'Tashkent', note: 'y' } },
    ]);
  });

  test('a file with only a header has no rows and no errors', async () => {
    expect(await run('country,city,note\r\n')).toEqual([]);
  });
});

describe('row validation', () => {
  const validate: CsvRowValidator<{ country: string; population: number }> = (row) => {
    const population = Number(row.population);
    const errors = [];
    if (!/^[A-Z]{2}$/.test(row.country ?? ''))
      errors.push({ column: 'country', message: 'must be a two-letter code' });
    if (!Number.isInteger(population))
      errors.push({ column: 'population', message: 'must be a whole number' });
    if (row.country === 'XX') errors.push({ message: 'this row is not allowed' });
    return errors.length > 0
      ? { ok: false, errors }
      : { ok: true, value: { country: row.country ?? '', population } };
  };

  test('runs the validator per row and attaches lines and columns to its errors', async () => {
    const text = 'country,population\nKZ,20000000\nkaz,many\nUZ,36000000\nXX,1\n';
    const items = await collect(
      importCsv([Buffer.from(text)], { columns: ['country', 'population'], validate }),
    );
    expect(items).toEqual([
      { kind: 'row', line: 2, value: { country: 'KZ', population: 20_000_000 } },
      {
        kind: 'error',
        fatal: false,
        line: 3,
        column: 'country',
        message: 'line 3, column "country": must be a two-letter code',
      },
      {
        kind: 'error',
        fatal: false,
        line: 3,
        column: 'population',
        message: 'line 3, column "population": must be a whole number',
      },
      { kind: 'row', line: 4, value: { country: 'UZ', population: 36_000_000 } },
      {
        kind: 'error',
        fatal: false,
        line: 5,
        column: null,
        message: 'line 5: this row is not allowed',
      },
    ]);
  });

  test('passes the record line to the validator', async () => {
    const lines: number[] = [];
    await collect(
      importCsv([Buffer.from('country,population\nKZ,1\n\n"U\nZ",2\n')], {
        columns: ['country', 'population'],
        validate: (row, { line }) => {
          lines.push(line);
          return { ok: true, value: row };
        },
      }),
    );
    expect(lines).toEqual([2, 4]);
  });

  test('stops with a fatal error after maxErrors row errors', async () => {
    const text = `country,population\n${'kaz,1\n'.repeat(10)}`;
    const items = await collect(
      importCsv([Buffer.from(text)], {
        columns: ['country', 'population'],
        validate,
        maxErrors: 3,
      }),
    );
    const errors = errorsOf(items);
    expect(errors).toHaveLength(4);
    expect(errors.at(-1)).toMatchObject({
      fatal: true,
      line: 4,
      message: 'line 4: stopped after 3 errors; fix these and upload the file again',
    });
  });
});
