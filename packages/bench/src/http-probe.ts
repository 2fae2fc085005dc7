import http from 'node:http';

/**
 * One GET sending exactly `headers` (fetch would add its own Accept-Encoding and undo the compression):
 * the status, the encoding the server chose and the body's size as sent.
 */
export function probe(
  url: string,
  headers: Record<string, string> = {},
): Promise<{ status: number; encoding: string; bytes: number }> {
  return new Promise((resolve, reject) => {
    http
      .get(url, { headers }, (res) => {
        let bytes = 0;
        res.on('data', (chunk: Buffer) => (bytes += chunk.length));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            encoding: res.headers['content-encoding'] ?? 'identity',
            bytes,
          }),
        );
        res.on('error', reject);
      })
      .on('error', reject);
  });
}
