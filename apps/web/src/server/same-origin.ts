/**
 * Cross-site request refusal for everything that changes data. A mutation must be a POST with a JSON body
 * (a content type a plain HTML form cannot send) and must come from our own origin: the `Origin` header
 * when present, else `Sec-Fetch-Site: same-origin`. `Origin: null` (sandboxed frames, some redirects) is
 * refused. Reads (GET) are not affected.
 */
export interface RequestFacts {
  method: string;
  contentType: string | null;
  origin: string | null;
  secFetchSite: string | null;
}

export function expectedOrigin(
  requestUrl: string,
  host: string | null,
  configured: string | null,
): string {
  if (configured) return new URL(configured).origin;
  const url = new URL(requestUrl);
  return host ? `${url.protocol}//${host}` : url.origin;
}

export function refuseCrossSite(
  req: RequestFacts,
  ownOrigin: string,
  allowedTypes: readonly string[] = ['application/json'],
): string | null {
  if (req.method !== 'POST') return 'changes must be sent with POST';
  const type = (req.contentType ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
  if (!allowedTypes.includes(type)) return `changes must be sent as ${allowedTypes.join(' or ')}`;
  if (req.origin !== null) {
    if (req.origin === 'null' || req.origin !== ownOrigin) return 'cross-site request refused';
    return null;
  }
  if (req.secFetchSite === 'same-origin') return null;
  return 'cross-site request refused (no Origin header)';
}

export function factsOf(request: Request): RequestFacts {
  return {
    method: request.method,
    contentType: request.headers.get('content-type'),
    origin: request.headers.get('origin'),
    secFetchSite: request.headers.get('sec-fetch-site'),
  };
}
