import { isUtf8 } from 'node:buffer';

const LF = 0x0a;

export interface Utf8CheckResult {
  /** Bytes known to be valid UTF-8, ending on a character boundary. */
  valid: Buffer;
  /** 1-based line of the first invalid byte, when there is one; `valid` then stops before that line. */
  invalidLine?: number;
}

/**
 * Checks a byte stream for UTF-8 chunk by chunk. A character split across two chunks is held back
 * until its last byte arrives. Decoders would quietly turn bad bytes into U+FFFD; a Latin-1 or
 * Windows-1252 upload would then import with mangled names, so we stop and name the line instead.
 */
export function createUtf8Checker() {
  let pending: Buffer = Buffer.alloc(0);
  let linesBefore = 0;

  function check(chunk: Buffer): Utf8CheckResult {
    const data = pending.length === 0 ? chunk : Buffer.concat([pending, chunk]);
    const cut = completeLength(data);
    const body = data.subarray(0, cut);
    pending = Buffer.from(data.subarray(cut));
    if (isUtf8(body)) {
      linesBefore += countLineFeeds(body);
      return { valid: body };
    }
    // A line feed is never part of a multi-byte sequence, so checking line by line is exact.
    let start = 0;
    while (start < body.length) {
      const lf = body.indexOf(LF, start);
      const end = lf === -1 ? body.length : lf + 1;
      if (!isUtf8(body.subarray(start, end))) break;
      linesBefore += 1;
      start = end;
    }
    return { valid: body.subarray(0, start), invalidLine: linesBefore + 1 };
  }

  /** Call at the end of the stream: a character cut off by the end is invalid too. */
  function finish(): number | undefined {
    return pending.length === 0 ? undefined : linesBefore + 1;
  }

  return { check, finish };
}

/** Length of `data` without a trailing, still incomplete multi-byte character. */
function completeLength(data: Buffer): number {
  const last = Math.max(0, data.length - 3);
  for (let i = data.length - 1; i >= last; i -= 1) {
    const byte = data[i] ?? 0;
    if ((byte & 0xc0) === 0x80) continue;
    const needed = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : byte >= 0xc0 ? 2 : 1;
    return i + needed > data.length ? i : data.length;
  }
  return data.length;
}

function countLineFeeds(bytes: Buffer): number {
  let count = 0;
  for (let at = bytes.indexOf(LF); at !== -1; at = bytes.indexOf(LF, at + 1)) count += 1;
  return count;
}
