/** Reads a response body to the end without keeping it: its size in bytes and its number of line feeds. */
export async function drainCounting(res: Response): Promise<{ bytes: number; newlines: number }> {
  let bytes = 0;
  let newlines = 0;
  const reader = (res.body as ReadableStream<Uint8Array>).getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    bytes += value.length;
    for (const b of value) if (b === 10) newlines++;
  }
  return { bytes, newlines };
}
