import { NextResponse, type NextRequest } from 'next/server';
import { contentSecurityPolicy } from '~/server/content-security-policy';

/**
 * A fresh nonce and Content-Security-Policy for every page response (Next.js reads the policy from the
 * request headers to put the nonce on its scripts). Security headers only: no authorization lives here;
 * every change is checked in its procedure or route handler.
 */
export function proxy(request: NextRequest) {
  const nonce = Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString('base64');
  const policy = contentSecurityPolicy(nonce, {
    development: process.env.NODE_ENV === 'development',
  });
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set('x-nonce', nonce);
  requestHeaders.set('content-security-policy', policy);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set('content-security-policy', policy);
  response.headers.set('x-content-type-options', 'nosniff');
  response.headers.set('referrer-policy', 'strict-origin-when-cross-origin');
  response.headers.set('x-frame-options', 'DENY');
  return response;
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
