import { describe, expect, it } from 'vitest';
import { jsonRecords } from './json-records';

async function* chunked(text: string, size: number) {
  const bytes = Buffer.from(text, 'utf8');
  for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size);
}

const collect = async (text: string, size: number) => {
  const out = [];
  for await (const item of jsonRecords(chunked(text, size))) out.push(item);
  return out;
};

describe('streamed Comtrade JSON', () => {
  const answer = JSON.stringify({
    elapsedTime: '0.1 secs',
    count: 2,
    data: [
      { reporterCode: 156, partnerDesc: 'Kyrgyzstan "{north}" ]', primaryValue: 1.5, qty: null },
      { reporterCode: 398, cmdDesc: 'Ürün — 商品', primaryValue: 2 },
    ],
    error: '',
  });

  it('yields the same records whatever the chunk boundaries, braces and quotes in text included', async () => {
    const expected = [
      {
        kind: 'record',
        index: 1,
        row: {
          reporterCode: '156',
          partnerDesc: 'Kyrgyzstan "{north}" ]',
          primaryValue: '1.5',
          qty: '',
        },
      },
      {
        kind: 'record',
        index: 2,
        row: { reporterCode: '398', cmdDesc: 'Ürün — 商品', primaryValue: '2' },
      },
    ];
    for (const size of [1, 3, 7, 64, 1 << 16])
      expect(await collect(answer, size)).toEqual(expected);
  });

  it('reads a bare array, and refuses JSON without records or cut short', async () => {
    expect(await collect('[{"a":1}]', 4)).toEqual([{ kind: 'record', index: 1, row: { a: '1' } }]);
    expect((await collect('{"count":0}', 4)).at(-1)).toMatchObject({ kind: 'error' });
    expect((await collect('{"data":[{"a":1},{"a":', 4)).at(-1)).toMatchObject({
      kind: 'error',
      message: 'the JSON ends in the middle of a record',
    });
  });
});
