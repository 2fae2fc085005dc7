import { describe, expect, it } from 'vitest';
import { ResponseCache } from './response-cache';

interface Body {
  status: number;
  bytes: number;
  text: string;
}

function setup(maxBytes = 1000) {
  let version = 'v1';
  let fills = 0;
  const cache = new ResponseCache<Body>({ maxBytes, versionOf: () => version });
  const fill =
    (text: string, status = 200) =>
    async () => {
      fills++;
      await new Promise((resolve) => setTimeout(resolve, 5));
      return { status, bytes: text.length, text };
    };
  const ok = (body: Body) => body.status === 200;
  return { cache, fill, ok, fills: () => fills, write: (v: string) => (version = v) };
}

describe('response cache', () => {
  it('answers a repeated request without filling again, until the data changes', async () => {
    const { cache, fill, ok, fills, write } = setup();
    expect(await cache.get('/a', fill('one'), ok)).toMatchObject({
      value: { text: 'one' },
      hit: false,
    });
    expect(await cache.get('/a', fill('two'), ok)).toMatchObject({
      value: { text: 'one' },
      hit: true,
    });
    write('v2');
    expect(await cache.get('/a', fill('three'), ok)).toMatchObject({
      value: { text: 'three' },
      hit: false,
    });
    expect(fills()).toBe(2);
  });

  it('fills once for a burst of concurrent misses', async () => {
    const { cache, fill, ok, fills } = setup();
    const answers = await Promise.all(
      Array.from({ length: 20 }, () => cache.get('/a', fill('one'), ok)),
    );
    expect(answers.every((a) => a.value.text === 'one')).toBe(true);
    expect(fills()).toBe(1);
  });

  it('does not keep what `keep` refuses (errors, personal responses)', async () => {
    const { cache, fill, ok } = setup();
    await cache.get('/missing', fill('not found', 404), ok);
    expect((await cache.get('/missing', fill('not found', 404), ok)).hit).toBe(false);
  });

  it('never keeps a fill that started before a write', async () => {
    const { cache, fill, ok, write } = setup();
    const pending = cache.get('/a', fill('old'), ok);
    write('v2');
    await pending;
    expect(await cache.get('/a', fill('new'), ok)).toMatchObject({
      value: { text: 'new' },
      hit: false,
    });
  });

  it('stays within its byte budget, dropping the least recently used', async () => {
    const { cache, fill, ok } = setup(10);
    await cache.get('/a', fill('aaaaaa'), ok);
    await cache.get('/b', fill('bbbbbb'), ok);
    expect(cache.size).toBeLessThanOrEqual(10);
    expect((await cache.get('/a', fill('aaaaaa'), ok)).hit).toBe(false);
  });
});
