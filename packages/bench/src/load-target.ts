import autocannon from 'autocannon';
import { sampleRss } from './next-server';

/** One thing to load-test: a URL, or many asked in turn, with the headers every request carries. */
export interface LoadTarget {
  name: string;
  /** The URL, or the first of several. */
  path: string;
  /** When set, each request asks for the URL this returns (varied-urls.ts). */
  nextPath?: () => string;
  /** How many distinct URLs the target asks for. */
  urls: number;
  headers?: Record<string, string>;
}

export interface Measured {
  result: autocannon.Result;
  /** The server's peak resident memory during the load, in bytes. */
  peak: number;
}

/** autocannon against one target on `baseUrl` for `seconds`, sampling the server's memory meanwhile. */
export async function loadTest(
  baseUrl: string,
  serverPid: number,
  target: LoadTarget,
  connections: number,
  seconds: number,
): Promise<Measured> {
  const sampler = sampleRss(serverPid, 100);
  const { nextPath } = target;
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    autocannon(
      {
        url: `${baseUrl}${target.path}`,
        connections,
        duration: seconds,
        pipelining: 1,
        // Left out rather than undefined: autocannon would take an undefined over its own default.
        ...(target.headers ? { headers: target.headers } : {}),
        ...(nextPath
          ? { requests: [{ setupRequest: (request) => ({ ...request, path: nextPath() }) }] }
          : {}),
      },
      (error: Error | null, r) => (error ? reject(error) : resolve(r)),
    );
  });
  return { result, peak: sampler.stop() };
}
