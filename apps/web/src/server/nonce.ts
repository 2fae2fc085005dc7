import { randomBytes } from 'node:crypto';

/** Bytes of randomness in a nonce; 16 bytes is 24 base64 characters, always. */
const NONCE_BYTES = 16;
export const NONCE_LENGTH = 24;

// One call to the system's random source per 256 nonces: asking it for 16 bytes at a time cost more per
// response than serving a cached page.
let pool = Buffer.alloc(0);
let used = 0;

/** A fresh Content-Security-Policy nonce from the operating system's cryptographic random source. */
export function freshNonce(): string {
  if (used + NONCE_BYTES > pool.length) {
    pool = randomBytes(NONCE_BYTES * 256);
    used = 0;
  }
  const nonce = pool.toString('base64', used, used + NONCE_BYTES);
  used += NONCE_BYTES;
  return nonce;
}
