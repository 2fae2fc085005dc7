import fc from 'fast-check';
import { afterAll, expect, test } from 'vitest';
import { createTestDatabase } from '../testing';
import { previewImport } from './preview';
import { IMPORT_KINDS, MAPPINGS } from './row-mapping';

/**
 * Property-based fuzzing of the CSV import: random bytes, and CSV built from the real header with random
 * cells (quotes, delimiters, line breaks, formula-looking text, numbers in every form). The preview never
 * throws, every problem it reports names a line (and for a bad cell, the column), and nothing is written.
 */
const t = createTestDatabase();
afterAll(() => t.close());
const writes = () =>
  t.db.$client
    .prepare('SELECT (SELECT count(*) FROM audit_log) + (SELECT count(*) FROM sources)')
    .pluck()
    .get() as number;

const cell = fc.oneof(
  fc.string({ maxLength: 30 }),
  fc.constantFrom(
    '',
    'KG',
    'C5',
    '2024',
    '2024-05',
    '2024-13',
    'FY',
    'Jan-Apr',
    '-5',
    '1e9',
    '22,710,000,000',
    '=1+2',
    '@SUM(A1)',
    '"',
    '""',
    ';',
    '\r\n',
    '\t',
    '\uFEFF',
    'about',
    'https://example.org/x',
    'javascript:alert(1)',
  ),
  fc.integer().map(String),
  fc.double().map(String),
);
const quote = (v: string) => (/[",;\r\n]/.test(v) ? `"${v.replaceAll('"', '""')}"` : v);

const csvFile = fc.constantFrom(...IMPORT_KINDS).chain((kind) =>
  fc.record({
    kind: fc.constant(kind),
    delimiter: fc.constantFrom(',', ';'),
    newline: fc.constantFrom('\n', '\r\n'),
    bom: fc.boolean(),
    rows: fc.array(fc.array(cell, { minLength: 0, maxLength: MAPPINGS[kind].columns.length + 2 }), {
      maxLength: 8,
    }),
  }),
);

let files = 0;
let problems = 0;

test('a CSV with the right header and random cells: a preview with line-and-column errors, nothing written', async () => {
  const before = writes();
  await fc.assert(
    fc.asyncProperty(csvFile, async ({ kind, delimiter, newline, bom, rows }) => {
      files++;
      const header = MAPPINGS[kind].columns.join(delimiter);
      const text = `${bom ? '\uFEFF' : ''}${[header, ...rows.map((r) => r.map(quote).join(delimiter))].join(newline)}${newline}`;
      const preview = await previewImport(t.db, kind, 'fuzz.csv', [Buffer.from(text, 'utf8')]);
      problems += preview.errors.length;
      for (const issue of preview.errors) {
        expect(issue.message.length).toBeGreaterThan(0);
        if (!preview.fatal) expect(issue.line, issue.message).toBeGreaterThanOrEqual(2);
      }
      expect(preview.counts.invalid === 0 || preview.importId === null).toBe(true);
    }),
    { numRuns: Number(process.env.TIANSHAN_FUZZ_RUNS ?? 150) },
  );
  expect(writes()).toBe(before);
});

test('random bytes: a clear refusal or an empty preview, never an exception', async () => {
  await fc.assert(
    fc.asyncProperty(
      fc.constantFrom(...IMPORT_KINDS),
      fc.uint8Array({ maxLength: 400 }),
      async (kind, bytes) => {
        files++;
        const preview = await previewImport(t.db, kind, 'noise.bin', [Buffer.from(bytes)]);
        for (const issue of preview.errors) expect(issue.message.length).toBeGreaterThan(0);
        if (preview.counts.rows > 0 || preview.errors.length > 0)
          expect(preview.importId === null || preview.counts.invalid === 0).toBe(true);
      },
    ),
    { numRuns: Number(process.env.TIANSHAN_FUZZ_RUNS ?? 150) },
  );
});

afterAll(() =>
  console.log(
    `import fuzz: ${files} files previewed, ${problems} problems reported by line and column, no exception`,
  ),
);
