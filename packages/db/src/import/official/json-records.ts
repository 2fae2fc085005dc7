type JsonRecordItem =
  | { kind: 'record'; index: number; row: Record<string, string> }
  | { kind: 'error'; message: string };

const MAX_RECORD_CHARS = 1 << 20;

const cellOf = (v: unknown) =>
  v === null || v === undefined ? '' : typeof v === 'object' ? JSON.stringify(v) : String(v);

/**
 * Streams the records of a Comtrade JSON answer (`{"count": …, "data": [{…}, …]}`, or a bare array) one at
 * a time: only the record being read is held, so a large download needs no more memory than a small one.
 */
export async function* jsonRecords(
  source: AsyncIterable<Uint8Array>,
): AsyncGenerator<JsonRecordItem> {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let depth = 0;
  let inString = false;
  let escaped = false;
  let lastKey = '';
  let token = '';
  let arrayDepth = -1;
  let record = '';
  let recordStart = -1;
  let index = 0;
  let seenArray = false;
  const handle = (text: string): JsonRecordItem[] => {
    const out: JsonRecordItem[] = [];
    for (const ch of text) {
      if (recordStart >= 0) record += ch;
      if (inString) {
        if (escaped) escaped = false;
        else if (ch === '\\') escaped = true;
        else if (ch === '"') inString = false;
        else if (recordStart < 0) token += ch;
        continue;
      }
      if (ch === '"') {
        inString = true;
        token = '';
      } else if (ch === ':' && depth === 1) lastKey = token;
      else if (ch === '[' || ch === '{') {
        const opensData =
          ch === '[' &&
          arrayDepth < 0 &&
          !seenArray &&
          (depth === 0 || (depth === 1 && lastKey === 'data'));
        depth++;
        if (opensData) {
          arrayDepth = depth;
          seenArray = true;
        } else if (ch === '{' && depth === arrayDepth + 1 && arrayDepth >= 0) {
          recordStart = depth;
          record = '{';
        }
      } else if (ch === ']' || ch === '}') {
        if (recordStart === depth && ch === '}') {
          index++;
          try {
            const parsed = JSON.parse(record) as Record<string, unknown>;
            const row: Record<string, string> = {};
            for (const [k, v] of Object.entries(parsed)) row[k] = cellOf(v);
            out.push({ kind: 'record', index, row });
          } catch {
            out.push({ kind: 'error', message: `record ${index} is not valid JSON` });
          }
          recordStart = -1;
          record = '';
        }
        if (depth === arrayDepth) arrayDepth = -1;
        depth--;
      }
      if (record.length > MAX_RECORD_CHARS) {
        out.push({ kind: 'error', message: `record ${index + 1} is longer than a megabyte` });
        return out;
      }
    }
    return out;
  };
  try {
    for await (const chunk of source) {
      for (const item of handle(decoder.decode(chunk, { stream: true }))) {
        yield item;
        if (item.kind === 'error') return;
      }
    }
    for (const item of handle(decoder.decode())) yield item;
  } catch {
    yield { kind: 'error', message: 'the file is not UTF-8 text' };
    return;
  }
  if (!seenArray)
    yield {
      kind: 'error',
      message: 'no "data" array of records found: is this a Comtrade JSON download?',
    };
  else if (depth !== 0) yield { kind: 'error', message: 'the JSON ends in the middle of a record' };
}
