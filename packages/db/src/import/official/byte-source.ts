import type { CsvByteSource } from '@tianshan/csv/import';

async function* chunksOf(source: CsvByteSource): AsyncGenerator<Buffer> {
  if (typeof (source as Partial<ReadableStream>).getReader === 'function') {
    const reader = (source as ReadableStream<Uint8Array>).getReader();
    try {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) return;
        yield Buffer.from(value);
      }
    } finally {
      await reader.cancel().catch(() => undefined);
      reader.releaseLock();
    }
  }
  for await (const chunk of source as AsyncIterable<Uint8Array | string>)
    yield typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.from(chunk);
}

const HEAD_LIMIT = 64 * 1024;

/**
 * Reads the start of an upload (up to its first line break) to tell the formats apart, and hands back a
 * source that replays it before the rest, so the file is still read once, as a stream.
 */
export async function peekSource(
  source: CsvByteSource,
): Promise<{ head: string; source: AsyncIterable<Buffer> }> {
  const iterator = chunksOf(source);
  const head: Buffer[] = [];
  let length = 0;
  for (;;) {
    const next = await iterator.next();
    if (next.done) break;
    head.push(next.value);
    length += next.value.length;
    if (next.value.includes(0x0a) || length >= HEAD_LIMIT) break;
  }
  const joined = Buffer.concat(head);
  async function* replay() {
    if (joined.length > 0) yield joined;
    for (;;) {
      const next = await iterator.next();
      if (next.done) return;
      yield next.value;
    }
  }
  return { head: joined.toString('utf8').replace(/^\uFEFF/, ''), source: replay() };
}
