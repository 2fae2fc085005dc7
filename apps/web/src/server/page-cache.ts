import { randomBytes } from 'node:crypto';
import type { NextRequest } from 'next/server';
import { getSessionCookie } from 'better-auth/cookies';
import { dataState } from './data-state';
import { deferAppStart } from './defer-app-start';
import { NONCE_LENGTH } from './nonce';
import { pageTemplate, withNonce, type PageTemplate } from './page-template';
import { ResponseCache, type KeptResponse } from './response-cache';

/**
 * Whole public pages for anonymous readers, rendered once per database change instead of once per request.
 *
 * The proxy cannot see the HTML Next.js renders, so a miss asks the server itself for the page over the
 * loopback, marked with this process's secret fill token; that inner request is rendered with a random
 * placeholder nonce. Every response sent from the cache gets its own fresh nonce in place of the
 * placeholder, so the Content-Security-Policy stays per response exactly as for an uncached page: markup
 * that slipped into a figure still cannot run. A kept page's scripts start once it has painted
 * (defer-app-start.ts); a rendered one's as Next.js writes them. Signed-in readers, client-side navigations (RSC payloads),
 * server actions and the admin area are never cached.
 */
interface KeptPage extends KeptResponse {
  headers: [string, string][];
  /**
   * The HTML as UTF-8 bytes cut around the placeholder nonce. Kept as bytes: turning a 250 kB string into
   * a response body on every request (USV check, UTF-8 encoding) cost more than the rest of the answer.
   */
  template: PageTemplate;
  /** False when rendering set a cookie: such a page belongs to one visitor and is never kept. */
  shareable: boolean;
}

const FILL_TOKEN = randomBytes(24).toString('base64url');
const FILL_TOKEN_HEADER = 'x-tianshan-fill';
const FILL_NONCE_HEADER = 'x-tianshan-fill-nonce';

// Pages whose content depends only on the URL and the data. The admin area and sign-in are not among them.
const SHARED_PAGE =
  /^\/(?:trade|investments|projects(?:\/[^/]+)?|timeline|sources(?:\/[^/]+)?|countries\/[^/]+)?$/;

// Headers the cache sets afresh on every response, or that describe one transfer rather than the page.
const NOT_KEPT = new Set([
  'content-security-policy',
  'x-content-type-options',
  'referrer-policy',
  'x-frame-options',
  'content-length',
  'content-encoding',
  'transfer-encoding',
  'connection',
  'keep-alive',
  'date',
  'set-cookie',
]);

const pages = new ResponseCache<KeptPage>({
  maxBytes: 48 * 1024 * 1024,
  versionOf: dataState,
});

/** The placeholder nonce when `request` is this process's own fill request, else null. */
export function fillNonceOf(request: NextRequest): string | null {
  return request.headers.get(FILL_TOKEN_HEADER) === FILL_TOKEN
    ? request.headers.get(FILL_NONCE_HEADER)
    : null;
}

export function isSharedPageRequest(request: NextRequest): boolean {
  return (
    request.method === 'GET' &&
    SHARED_PAGE.test(request.nextUrl.pathname) &&
    !request.headers.has('rsc') &&
    !request.headers.has('next-action') &&
    !request.nextUrl.searchParams.has('_rsc') &&
    getSessionCookie(request) === null
  );
}

function ownOrigin(): string {
  // `next start` records the address it listens on; the request's Host header is the client's to choose
  // and must never decide where the cache fetches from.
  return process.env.__NEXT_PRIVATE_ORIGIN ?? `http://127.0.0.1:${process.env.PORT ?? 3000}`;
}

async function fillPage(pathAndQuery: string): Promise<KeptPage> {
  // Hex: no character the HTML or the RSC payload would escape, so every occurrence is found again; as
  // long as a real nonce, so a response is the template with the nonce written over each placeholder.
  const placeholder = randomBytes(NONCE_LENGTH / 2).toString('hex');
  const response = await fetch(new URL(pathAndQuery, ownOrigin()), {
    headers: {
      [FILL_TOKEN_HEADER]: FILL_TOKEN,
      [FILL_NONCE_HEADER]: placeholder,
      'accept-encoding': 'identity',
    },
    redirect: 'manual',
    cache: 'no-store',
  });
  const headers = [...response.headers].filter(([name]) => !NOT_KEPT.has(name));
  // Every reader of a kept page gets it with the app started after the first paint (defer-app-start.ts).
  const template = pageTemplate(deferAppStart(await response.text()), placeholder);
  return {
    status: response.status,
    headers,
    template,
    bytes: template.page.length,
    shareable: !response.headers.has('set-cookie'),
  };
}

/** The kept page with `nonce` in place, as a one-chunk stream (a plain byte body would be copied again). */
function bodyOf(page: KeptPage, nonce: string): ReadableStream<Uint8Array> {
  const body = withNonce(page.template, nonce);
  return new ReadableStream({
    start(controller) {
      controller.enqueue(body);
      controller.close();
    },
  });
}

/**
 * The page from the cache with `nonce` in place, or null when the cache cannot answer (the fill failed or
 * the page redirects): the caller then renders it the ordinary way.
 */
export async function cachedPage(
  request: NextRequest,
  nonce: string,
): Promise<{
  status: number;
  headers: Headers;
  body: ReadableStream<Uint8Array>;
  hit: boolean;
} | null> {
  const key = request.nextUrl.pathname + request.nextUrl.search;
  try {
    const { value, hit } = await pages.get(
      key,
      () => fillPage(key),
      (page) => page.status === 200 && page.shareable,
    );
    if (value.status !== 200 && value.status !== 404) return null;
    return {
      status: value.status,
      headers: new Headers(value.headers),
      body: bodyOf(value, nonce),
      hit,
    };
  } catch (error) {
    console.error(`page cache: could not fill ${key}:`, error);
    return null;
  }
}
