import { NextResponse, type NextRequest } from 'next/server';
import { contentSecurityPolicy } from '~/server/content-security-policy';
import { env } from '~/server/env';
import { freshNonce } from '~/server/nonce';
import { cachedPage, fillNonceOf, isSharedPageRequest } from '~/server/page-cache';

/**
 * Every page response gets a fresh nonce and Content-Security-Policy (Next.js reads the policy from the
 * request headers to put the nonce on its scripts), and anonymous readers of public pages are answered
 * from the page cache. Security headers and caching only: no authorization lives here; every change is
 * checked in its procedure or route handler.
 */
export async function proxy(request: NextRequest) {
  const fillNonce = fillNonceOf(request);
  if (fillNonce) return renderPage(request, fillNonce);

  const nonce = freshNonce();
  if (env.responseCache && isSharedPageRequest(request)) {
    const page = await cachedPage(request, nonce);
    if (page) {
      setSecurityHeaders(page.headers, policyFor(nonce));
      page.headers.set('x-tianshan-cache', page.hit ? 'hit' : 'miss');
      return new NextResponse(page.body, { status: page.status, headers: page.headers });
    }
  }
  return renderPage(request, nonce);
}

function policyFor(nonce: string): string {
  return contentSecurityPolicy(nonce, { development: process.env.NODE_ENV === 'development' });
}

function renderPage(request: NextRequest, nonce: string): NextResponse {
  const policy = policyFor(nonce);
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set('content-security-policy', policy);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  setSecurityHeaders(response.headers, policy);
  return response;
}

function setSecurityHeaders(headers: Headers, policy: string) {
  headers.set('content-security-policy', policy);
  headers.set('x-content-type-options', 'nosniff');
  headers.set('referrer-policy', 'strict-origin-when-cross-origin');
  headers.set('x-frame-options', 'DENY');
  // Only when the configured origin is https: a browser that saw this over a plain-http site would refuse
  // that site for a year. Not includeSubDomains: other hosts under the same domain are not ours to decide.
  if (env.origin.startsWith('https://'))
    headers.set('strict-transport-security', 'max-age=31536000');
}

export const config = {
  // Pages only: static chunks, images and the data endpoints (JSON, CSV, zip) carry no HTML to protect.
  matcher: [
    {
      source: '/((?!_next/static|_next/image|favicon.ico|api/|export/).*)',
      missing: [{ type: 'header', key: 'next-router-prefetch' }],
    },
  ],
};
