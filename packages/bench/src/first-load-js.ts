import { gzipSync } from 'node:zlib';

/**
 * First-load JavaScript of a route, measured the way `next build` reports it: the scripts the server's
 * HTML references (what the browser must fetch before the page is interactive), gzipped. Chunks loaded
 * later on demand (the lazily imported charts) are not referenced by the HTML and so are not counted;
 * `lazyKb` reports them separately from what Lighthouse saw, so nothing hides. A cached page names its
 * chunks as script preloads and adds the scripts after the first paint, so preloaded scripts count too.
 * `htmlBytes` is the page's HTML before compression (the page-weight goal's measure).
 */
export async function firstLoadJs(
  baseUrl: string,
  route: string,
  headers: Record<string, string> = {},
): Promise<{ scripts: number; gzipBytes: number; urls: string[]; htmlBytes: number }> {
  const html = await (await fetch(`${baseUrl}${route}`, { headers })).text();
  const urls = new Set<string>();
  for (const match of html.matchAll(/<script([^>]*)\ssrc="([^"]+)"([^>]*)>/g)) {
    // nomodule scripts are polyfills for old browsers; a modern browser never fetches them.
    if (/nomodule/i.test(`${match[1]}${match[3]}`)) continue;
    urls.add(match[2] as string);
  }
  for (const [, attributes = ''] of html.matchAll(/<link([^>]*)>/g)) {
    const href = /\shref="([^"]+)"/.exec(attributes)?.[1];
    if (href && /\srel="preload"/.test(attributes) && /\sas="script"/.test(attributes))
      urls.add(href);
  }
  let gzipBytes = 0;
  for (const url of urls) {
    const body = Buffer.from(
      await (await fetch(new URL(url.replaceAll('&amp;', '&'), baseUrl))).arrayBuffer(),
    );
    gzipBytes += gzipSync(body).length;
  }
  return { scripts: urls.size, gzipBytes, urls: [...urls], htmlBytes: Buffer.byteLength(html) };
}
