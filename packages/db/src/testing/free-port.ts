import { createServer } from 'node:net';

/**
 * A loopback port nothing listens on right now, for a server a test starts itself: fixed ports collide
 * when two suites (or two checkouts) run on one machine.
 */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() =>
        typeof address === 'object' && address
          ? resolve(address.port)
          : reject(new Error('the probe server reported no port')),
      );
    });
  });
}
