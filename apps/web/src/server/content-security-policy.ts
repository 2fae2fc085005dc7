/**
 * The Content-Security-Policy of every page. Scripts run only with this response's nonce (Next.js puts it
 * on its own scripts) or when loaded by such a script ('strict-dynamic'), so text that slipped into the
 * HTML as markup still cannot run. Styles allow inline attributes: the charts set style attributes, and a
 * style cannot run code.
 */
export function contentSecurityPolicy(nonce: string, { development = false } = {}): string {
  return [
    "default-src 'self'",
    // React's development build evaluates code for its error overlay; the production build never does.
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${development ? " 'unsafe-eval'" : ''}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}
