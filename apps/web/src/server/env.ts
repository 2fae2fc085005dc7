import 'server-only';

/**
 * The public origin (scheme + host + port): cookies, trusted origins, the CSRF check, redirects and HSTS
 * all follow it, never the request's Host or X-Forwarded-* headers. `scripts/start.sh` sets it to the
 * URL it prints; without it, `next dev`'s own address.
 */
function configuredOrigin(): string {
  const value =
    process.env.TIANSHAN_ORIGIN ??
    process.env.BETTER_AUTH_URL ??
    `http://localhost:${process.env.PORT ?? 3000}`;
  const url = new URL(value);
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    throw new Error(`TIANSHAN_ORIGIN must be an http or https URL, not ${value}`);
  return url.origin;
}

/** `TIANSHAN_TRUSTED_PROXIES`: comma-separated addresses or CIDR ranges of our reverse proxies. */
function listOf(value: string | undefined): string[] {
  return (value ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean);
}

/** The web app's environment, read in one place. */
export const env = {
  origin: configuredOrigin(),
  /**
   * Reverse proxies whose X-Forwarded-For is believed for sign-in throttling. None (the default): Next.js
   * does not tell route handlers the connection's address, so all sign-ins share one client limit and
   * the per-account limit does the rest.
   */
  trustedProxies: listOf(process.env.TIANSHAN_TRUSTED_PROXIES),
  signInMax: Number(process.env.TIANSHAN_SIGNIN_MAX ?? 5),
  signInWindowSeconds: Number(process.env.TIANSHAN_SIGNIN_WINDOW ?? 60),
  /** `TIANSHAN_RESPONSE_CACHE=off` renders every page and answers every query afresh (benchmarks, debugging). */
  responseCache: process.env.TIANSHAN_RESPONSE_CACHE !== 'off',
};
