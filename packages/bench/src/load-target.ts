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

/**
 * The same load spread over several servers at once (web processes behind a load balancer), the
 * connections divided between them: requests and bytes add up, latency is the slower server's, memory the
 * sum of their peaks.
 */
export async function loadTestAll(
  servers: { url: string; pid: number }[],
  target: LoadTarget,
  connections: number,
  seconds: number,
): Promise<Measured> {
  const share = Math.max(1, Math.round(connections / servers.length));
  const each = await Promise.all(
    servers.map((s) => loadTest(s.url, s.pid, target, share, seconds)),
  );
  const [first, ...rest] = each;
  if (!first) throw new Error('no server to load');
  return rest.reduce<Measured>(
    (sum, m) => ({
      peak: sum.peak + m.peak,
      result: {
        ...sum.result,
        requests: {
          ...sum.result.requests,
          average: sum.result.requests.average + m.result.requests.average,
          total: sum.result.requests.total + m.result.requests.total,
        },
        latency: {
          ...sum.result.latency,
          p50: Math.max(sum.result.latency.p50, m.result.latency.p50),
          p99: Math.max(sum.result.latency.p99, m.result.latency.p99),
        },
        throughput: {
          ...sum.result.throughput,
          total: sum.result.throughput.total + m.result.throughput.total,
        },
        errors: sum.result.errors + m.result.errors,
        non2xx: sum.result.non2xx + m.result.non2xx,
      },
    }),
    first,
  );
}
