import { createReadStream } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { importCsv } from './import';
import { acceptAll, chunked, collect, rowsOf } from './test-support';

const columns = ['id', 'country', 'value'];
const header = 'id,country,value\r\n';

function recordText(i: number): string {
  return `${i},"Қазақстан, ${i}",${-i}.5\r\n`;
}

/** A 100,000-row upload produced on demand, counting how many rows have been handed out. */
async function* generatedUpload(
  rowCount: number,
  produced: { rows: number },
): AsyncGenerator<Buffer> {
  yield Buffer.from(header);
  const perChunk = 200;
  for (let start = 0; start < rowCount; start += perChunk) {
    let text = '';
    for (let i = start; i < Math.min(rowCount, start + perChunk); i += 1) text += recordText(i);
    produced.rows = Math.min(rowCount, start + perChunk);
    yield Buffer.from(text);
  }
}

describe('streaming import', () => {
  // A 4.4 MB parse takes seconds, and many more when other processes share the cores: the timeout only
  // catches a hang, since the claim checked (the look-ahead) does not depend on speed.
  test(
    'reads 100,000 rows while holding only a chunk or two ahead of the consumer',
    { timeout: 120_000 },
    async () => {
      const produced = { rows: 0 };
      let count = 0;
      let maxAhead = 0;
      // Line numbers are compared by hand and the first wrong one kept: an assertion per row doubled the time.
      let firstWrongLine: { row: number; line: number } | undefined;
      for await (const item of importCsv(generatedUpload(100_000, produced), {
        columns,
        validate: acceptAll,
      })) {
        if (item.kind !== 'row') throw new Error(item.message);
        if (item.line !== count + 2) firstWrongLine ??= { row: count, line: item.line };
        count += 1;
        maxAhead = Math.max(maxAhead, produced.rows - count);
      }
      expect(count).toBe(100_000);
      expect(firstWrongLine).toBeUndefined();
      // The source is read only as the consumer takes rows: one chunk ahead, plus the chunk whose
      // last record waits for the next bytes (it could still be followed by more of the record).
      expect(maxAhead).toBeLessThanOrEqual(2 * 200);
    },
  );

  test('reports progress in bytes read, ending at the file size', async () => {
    const bytes = Buffer.from(
      header + Array.from({ length: 50 }, (_, i) => recordText(i)).join(''),
    );
    const progress: number[] = [];
    await collect(
      importCsv(chunked(bytes, 100), {
        columns,
        validate: acceptAll,
        onProgress: (n) => progress.push(n),
      }),
    );
    expect(progress).toHaveLength(Math.ceil(bytes.length / 100));
    expect(progress.at(-1)).toBe(bytes.length);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
  });

  test('reads a web ReadableStream, as a route handler receives an upload', async () => {
    const body = new Response('\uFEFFid;country;value\n1;KZ;2,5\n').body;
    if (body === null) throw new Error('no body');
    const items = await collect(importCsv(body, { columns, validate: acceptAll }));
    expect(rowsOf(items)).toEqual([{ line: 2, value: { id: '1', country: 'KZ', value: '2,5' } }]);
  });

  test('stops reading the source when the consumer stops early', async () => {
    const source = Readable.from(chunked(Buffer.from(header + recordText(1).repeat(10_000)), 512));
    for await (const item of importCsv(source, { columns, validate: acceptAll })) {
      expect(item.kind).toBe('row');
      break;
    }
    expect(source.destroyed).toBe(true);
  });

  describe('from a file on disk', () => {
    let folder = '';
    beforeAll(async () => {
      folder = await mkdtemp(path.join(tmpdir(), 'tianshan-csv-'));
    });
    afterAll(async () => {
      await rm(folder, { recursive: true, force: true });
    });

    test('reads an fs.ReadStream with small chunks', async () => {
      const file = path.join(folder, 'upload.csv');
      await writeFile(file, header + recordText(1) + recordText(2));
      const items = await collect(
        importCsv(createReadStream(file, { highWaterMark: 16 }), { columns, validate: acceptAll }),
      );
      expect(rowsOf(items)).toEqual([
        { line: 2, value: { id: '1', country: 'Қазақстан, 1', value: '-1.5' } },
        { line: 3, value: { id: '2', country: 'Қазақстан, 2', value: '-2.5' } },
      ]);
    });
  });
});
