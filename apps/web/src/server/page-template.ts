/**
 * A cached page's bytes and where its placeholder nonce stands, so that each response can carry its own
 * nonce: one copy of the bytes with the nonce written over each placeholder. (Sharing the long stretches
 * without a nonce and sending the page in several chunks was slower: Next.js waits for the socket to drain
 * after each large chunk.)
 */
export interface PageTemplate {
  page: Buffer;
  nonceOffsets: number[];
}

/** Finds every occurrence of `placeholder` (which must be exactly as long as the nonces) in `html`. */
export function pageTemplate(html: string, placeholder: string): PageTemplate {
  const page = Buffer.from(html);
  const needle = Buffer.from(placeholder);
  const nonceOffsets: number[] = [];
  for (let at = page.indexOf(needle); at !== -1; at = page.indexOf(needle, at + needle.length))
    nonceOffsets.push(at);
  return { page, nonceOffsets };
}

/** The page with `nonce` written where the placeholder stood; the template itself never changes. */
export function withNonce(template: PageTemplate, nonce: string): Buffer {
  // Not zero-filled: every byte is copied over at once (Buffer.from(buffer) fills, then copies slowly).
  const body = Buffer.allocUnsafe(template.page.length);
  template.page.copy(body);
  for (const offset of template.nonceOffsets) body.write(nonce, offset, 'latin1');
  return body;
}
