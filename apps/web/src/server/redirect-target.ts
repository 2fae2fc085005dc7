/**
 * Where to send the browser after signing in or saving a record, from a `next`/`returnTo` query value.
 * The value is resolved against our own origin exactly as a browser would resolve it (backslashes read as
 * slashes, tabs and newlines dropped, `..` applied), and kept only if it stays on that origin; checking
 * the raw text instead let `/\evil.example` and `/<TAB>/evil.example` through to another host. Returns a
 * path with its query and fragment, or `fallback`.
 */
export function localRedirectTarget(
  value: string | string[] | undefined,
  origin: string,
  fallback: string,
): string {
  if (typeof value !== 'string' || value === '') return fallback;
  let url: URL;
  try {
    url = new URL(value, origin);
  } catch {
    return fallback;
  }
  if (url.origin !== new URL(origin).origin) return fallback;
  const path = `${url.pathname}${url.search}${url.hash}`;
  // `/.//evil.example` resolves to the path `//evil.example`, which a browser would read as a host.
  return path.startsWith('//') ? fallback : path;
}
