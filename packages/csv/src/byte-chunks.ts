/**
 * What an upload can arrive as: a Node Readable (fs.createReadStream, busboy), any (async) iterable
 * of byte chunks, or a web ReadableStream (`request.body`, `file.stream()` in a route handler).
 * Strings are accepted but were already decoded by someone else, so bad bytes in them can no
 * longer be detected.
 */
export type CsvByteSource =
  AsyncIterable<Uint8Array | string> | Iterable<Uint8Array | string> | ReadableStream<Uint8Array>;

/** The source as Buffers. Ending the iteration early cancels the source (closes the file). */
export async function* byteChunks(source: CsvByteSource): AsyncGenerator<Buffer, void, undefined> {
  if (isWebStream(source)) {
    const reader = source.getReader();
    try {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) return;
        yield toBuffer(value);
      }
    } finally {
      await reader.cancel().catch(() => undefined);
      reader.releaseLock();
    }
  } else {
    for await (const chunk of source) yield toBuffer(chunk);
  }
}

function isWebStream(source: CsvByteSource): source is ReadableStream<Uint8Array> {
  return typeof (source as Partial<ReadableStream>).getReader === 'function';
}

function toBuffer(chunk: Uint8Array | string): Buffer {
  if (typeof chunk === 'string') return Buffer.from(chunk, 'utf8');
  return Buffer.isBuffer(chunk)
    ? chunk
    : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
}
