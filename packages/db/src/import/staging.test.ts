import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openStagingWriter, readStagedLines } from './staging';

const dir = mkdtempSync(path.join(os.tmpdir(), 'tianshan-staging-test-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('staged lines', () => {
  it('read back a character whose bytes straddle two of the reader’s chunks', () => {
    const file = path.join(dir, 'straddle.ndjson');
    // The reader takes 1 MiB at a time: after a 1,001-character first line, the second line's two-byte
    // letters put the first chunk's end between the two bytes of one of them.
    const lines = ['x'.repeat(1_001), 'ж'.repeat(600_000), 'после'];
    const writer = openStagingWriter(file);
    for (const line of lines) writer.write(line);
    writer.close();
    expect([...readStagedLines<string>(file)]).toEqual(lines);
  });
});
