import { describe, expect, it } from 'vitest';
import {
  CLIENT_ADDRESS_HEADER,
  clientAddress,
  trustedProxyList,
  withClientAddress,
} from './client-address';
import { clientKey } from './sign-in-throttle';

describe('client address', () => {
  const trusted = trustedProxyList(['10.0.0.0/8', '192.0.2.10', 'fd00::/8']);

  it('believes no X-Forwarded-For without configured proxies', () => {
    expect(clientAddress('203.0.113.7', null)).toBeNull();
    expect(clientAddress(null, trusted)).toBeNull();
  });

  it('takes the first address right of the trusted proxies, ignoring what the client wrote before them', () => {
    expect(clientAddress('203.0.113.7', trusted)).toBe('203.0.113.7');
    expect(clientAddress('1.1.1.1, 203.0.113.7', trusted)).toBe('203.0.113.7');
    expect(clientAddress('1.1.1.1, 203.0.113.7, 10.1.2.3', trusted)).toBe('203.0.113.7');
    expect(clientAddress('203.0.113.7, 192.0.2.10, fd00::5', trusted)).toBe('203.0.113.7');
    expect(clientAddress('::ffff:203.0.113.7', trusted)).toBe('203.0.113.7');
    expect(clientAddress('2001:db8::1', trusted)).toBe('2001:db8::1');
  });

  it('gives up on a chain with garbage in the part the proxies wrote, or with only proxies in it', () => {
    expect(clientAddress('203.0.113.7, not-an-address', trusted)).toBeNull();
    expect(clientAddress('203.0.113.7, ', trusted)).toBeNull();
    expect(clientAddress('10.0.0.1, 10.0.0.2', trusted)).toBeNull();
  });

  it('refuses a malformed trusted-proxy entry instead of silently matching nothing', () => {
    expect(() => trustedProxyList(['localhost'])).toThrow(/not an IP address/);
    expect(() => trustedProxyList(['10.0.0.0/33'])).toThrow(/prefix/);
    expect(() => trustedProxyList(['10.0.0.0/x'])).toThrow(/prefix/);
    expect(trustedProxyList([' 127.0.0.1 ', '']).check('127.0.0.1')).toBe(true);
  });

  it('overwrites a client-supplied address header', () => {
    const sent = () =>
      new Request('http://127.0.0.1/api/auth/sign-in/email', {
        method: 'POST',
        headers: { [CLIENT_ADDRESS_HEADER]: '198.51.100.1', 'x-forwarded-for': '198.51.100.2' },
        body: '{}',
      });
    expect(withClientAddress(sent(), null).headers.get(CLIENT_ADDRESS_HEADER)).toBeNull();
    expect(withClientAddress(sent(), trusted).headers.get(CLIENT_ADDRESS_HEADER)).toBe(
      '198.51.100.2',
    );
  });

  it('keys IPv6 clients by their /64', () => {
    expect(clientKey('203.0.113.7')).toBe('client:203.0.113.7');
    expect(clientKey('2001:db8:1:2:aaaa::1')).toBe('client:2001:db8:1:2::/64');
    expect(clientKey('2001:db8:1:2:bbbb:cccc:dddd:eeee')).toBe('client:2001:db8:1:2::/64');
    expect(clientKey('2001:db8::1')).toBe('client:2001:db8:0:0::/64');
  });
});
