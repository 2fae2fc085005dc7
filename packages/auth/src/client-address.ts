import { BlockList, isIP } from 'node:net';

/**
 * The header the auth handler writes the resolved client address into, after dropping whatever the client
 * sent under that name. better-auth reads only this header, so `X-Forwarded-For` from the internet is
 * never taken at its word.
 */
export const CLIENT_ADDRESS_HEADER = 'x-tianshan-client-address';

/** Proxies whose `X-Forwarded-For` entries we believe: addresses or CIDR ranges, IPv4 or IPv6. */
export function trustedProxyList(entries: readonly string[]): BlockList {
  const list = new BlockList();
  for (const raw of entries) {
    const entry = raw.trim();
    if (!entry) continue;
    const [address = '', prefix] = entry.split('/');
    const family = isIP(address);
    if (family === 0)
      throw new Error(`trusted proxy "${entry}" is not an IP address or CIDR range`);
    const type = family === 4 ? 'ipv4' : 'ipv6';
    if (prefix === undefined) {
      list.addAddress(address, type);
      continue;
    }
    const bits = Number(prefix);
    if (!/^\d+$/.test(prefix) || bits > (family === 4 ? 32 : 128))
      throw new Error(`trusted proxy "${entry}" has an invalid prefix length`);
    list.addSubnet(address, bits, type);
  }
  return list;
}

/** `::ffff:192.0.2.1` is the IPv4 client 192.0.2.1 as a dual-stack socket reports it. */
function unmapped(address: string): string {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  return mapped?.[1] ?? address;
}

function isTrusted(address: string, trusted: BlockList): boolean {
  return trusted.check(address, isIP(address) === 4 ? 'ipv4' : 'ipv6');
}

/**
 * The client's address from `X-Forwarded-For`, believed only as far as configured proxies vouch for it:
 * walking from the right (the entry our nearest proxy appended), trusted proxies are skipped and the first
 * other address is the client. Entries left of it were written by the client and are ignored.
 *
 * Without trusted proxies there is no address we can believe: Next.js does not hand route handlers the
 * connection's peer address, and it passes a client-supplied `X-Forwarded-For` through unchanged. Then
 * the answer is null and every such request counts as the same, unknown client.
 */
export function clientAddress(
  forwardedFor: string | null,
  trusted: BlockList | null,
): string | null {
  if (!trusted || !forwardedFor) return null;
  const hops = forwardedFor.split(',').map((hop) => unmapped(hop.trim()));
  for (let i = hops.length - 1; i >= 0; i--) {
    const hop = hops[i] ?? '';
    // Garbage in the part of the chain our proxies wrote means the chain cannot be trusted at all.
    if (isIP(hop) === 0) return null;
    if (!isTrusted(hop, trusted)) return hop;
  }
  return null;
}

/**
 * The request better-auth sees: the resolved client address in its own header (or none, when unknown).
 * A fresh Request, since the incoming one's headers may be immutable.
 */
export function withClientAddress(request: Request, trusted: BlockList | null): Request {
  const headers = new Headers(request.headers);
  headers.delete(CLIENT_ADDRESS_HEADER);
  const address = clientAddress(request.headers.get('x-forwarded-for'), trusted);
  if (address) headers.set(CLIENT_ADDRESS_HEADER, address);
  return new Request(request, { headers });
}
