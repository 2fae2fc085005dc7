import { describe, expect, it } from 'vitest';
import { deferAppStart } from './defer-app-start';

const chunk = (name: string) => `/_next/static/chunks/${name}.js`;
const page =
  '<html><head><link rel="stylesheet" href="/_next/static/chunks/a.css" nonce="N1" data-precedence="next"/>' +
  `<link rel="preload" as="script" fetchPriority="low" nonce="N1" href="${chunk('boot')}"/>` +
  `<script src="${chunk('react')}" async="" nonce="N1"></script>` +
  `<script src="${chunk('turbopack-2u1d')}" async="" nonce="N1"></script>` +
  `<title>t</title><script src="${chunk('polyfills')}" noModule="" nonce="N1"></script></head>` +
  `<body><main>text</main><script nonce="N1">self.__next_f.push([1,"x"])</script>` +
  `<script src="${chunk('boot')}" nonce="N1" async=""></script></body></html>`;

describe('deferAppStart', () => {
  const out = deferAppStart(page);

  it('takes every async chunk script out of the page', () => {
    expect(out).not.toMatch(/<script src="[^"]+" (async="" nonce|nonce="N1" async)/);
  });

  it('preloads each chunk once, with the nonce, where the first chunk stood', () => {
    const head = out.slice(0, out.indexOf('</head>'));
    for (const name of ['react', 'turbopack-2u1d', 'boot'])
      expect(head.split(`fetchPriority="low" nonce="N1" href="${chunk(name)}"`)).toHaveLength(2);
    expect(out.indexOf(chunk('react'))).toBeLessThan(out.indexOf('<title>'));
  });

  it('adds the chunks in their order from one loader carrying the nonce', () => {
    const loader = /<script nonce="N1">(\(\(\)=>\{.*\}\)\(\))<\/script>/.exec(out)?.[1] ?? '';
    expect(loader).toContain('first-contentful-paint');
    expect(loader).toContain(JSON.stringify(['react.js', 'turbopack-2u1d.js', 'boot.js']));
    expect(loader).toContain('"/_next/static/chunks/"+n');
  });

  it('leaves inline scripts and the legacy-browser script alone', () => {
    expect(out).toContain('<script nonce="N1">self.__next_f.push([1,"x"])</script>');
    expect(out).toContain(`<script src="${chunk('polyfills')}" noModule="" nonce="N1"></script>`);
  });

  it('returns a page without chunk scripts unchanged', () => {
    const plain = '<html><head></head><body>text</body></html>';
    expect(deferAppStart(plain)).toBe(plain);
  });
});
