import { describe, expect, it } from 'vitest';
import { ResponseCache } from './response-cache';

interface Body {
  status: number;
  bytes: number;
  text: string;
  /** Set when the response belongs to one visitor (it set a cookie): the callers' `keep` refuses it. */
  personal?: boolean;
}

function setup(maxBytes = 1000) {
  let version = 'v1';
  let fills = 0;
  const cache = new ResponseCache<Body>({ maxBytes, versionOf: async () => version });
  const fill =
    (text: string, status = 200, personal = false) =>
    async () => {
      fills++;
      // Answer on a later turn of the event loop, as a real render does, so concurrent requests overlap.
      await new Promise((resolve) => setImmediate(resolve));
      return { status, bytes: text.length, text, personal };
    };
  // As the page and query caches decide: a 200 that belongs to nobody in particular.
  const ok = (body: Body) => body.status === 200 && !body.personal;
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
    const { cache, fill, ok, fills } = setup();
    await cache.get('/missing', fill('not found', 404), ok);
    expect((await cache.get('/missing', fill('not found', 404), ok)).hit).toBe(false);

    // A personal answer reaches only the visitor it was rendered for; the next visitor gets their own.
    const first = await cache.get('/a', fill('for visitor A', 200, true), ok);
    expect(first).toMatchObject({ value: { text: 'for visitor A' }, hit: false });
    const second = await cache.get('/a', fill('for visitor B', 200, true), ok);
    expect(second).toMatchObject({ value: { text: 'for visitor B' }, hit: false });
    expect(fills()).toBe(4);
    expect(cache.size).toBe(0);
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
