import { describe, expect, it } from 'vitest';
import { expectedOrigin, refuseCrossSite } from './same-origin';

const own = 'http://127.0.0.1:3210';
const ok = {
  method: 'POST',
  contentType: 'application/json',
  origin: own,
  secFetchSite: 'same-origin',
};

describe('cross-site refusal', () => {
  it('allows a same-origin JSON POST', () => {
    expect(refuseCrossSite(ok, own)).toBeNull();
    expect(refuseCrossSite({ ...ok, origin: null }, own)).toBeNull();
    expect(
      refuseCrossSite({ ...ok, contentType: 'application/json; charset=utf-8' }, own),
    ).toBeNull();
  });

  it.each([
    ['a foreign origin', { origin: 'https://evil.example' }],
    ['Origin: null', { origin: 'null' }],
    ['form-encoded', { contentType: 'application/x-www-form-urlencoded' }],
    ['multipart', { contentType: 'multipart/form-data; boundary=x' }],
    ['text/plain', { contentType: 'text/plain' }],
    ['no content type', { contentType: null }],
    ['no origin and a cross-site fetch', { origin: null, secFetchSite: 'cross-site' }],
    ['no origin and no fetch metadata', { origin: null, secFetchSite: null }],
    ['GET', { method: 'GET' }],
  ])('refuses %s', (_name, change) => {
    expect(refuseCrossSite({ ...ok, ...change }, own)).not.toBeNull();
  });

  it('derives our origin from configuration, else from the Host header', () => {
    expect(expectedOrigin('http://0.0.0.0:3000/api/trpc/x', 'localhost:3000', null)).toBe(
      'http://localhost:3000',
    );
    expect(
      expectedOrigin(
        'http://0.0.0.0:3000/api/trpc/x',
        'localhost:3000',
        'https://tianshan.example/',
      ),
    ).toBe('https://tianshan.example');
  });
});
