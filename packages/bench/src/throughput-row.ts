import os from 'node:os';
import type { Measured, LoadTarget } from './load-target';
import { median, round } from './stats';
import type { Section } from './throughput-sections';

export type Row = Record<string, string | number>;

export interface RowContext {
  section: Section;
  target: LoadTarget;
  /** The Content-Encoding the server answered this target's requests with. */
  encoding: string;
  /** The server's resident memory after warm-up, in bytes. */
  idle: number;
  connections: number;
}

/** One table row from a target's rounds: medians, the ratio's range, the bytes of one response on the wire. */
export function throughputRow(context: RowContext, runs: Measured[], ratios: number[]): Row {
  const results = runs.map((r) => r.result);
  return {
    section: context.section.name,
    target: context.target.name,
    cache: context.section.cache,
    encoding: context.encoding,
    urls: context.target.urls,
    connections: context.connections,
    rps: round(median(results.map((r) => r.requests.average)), 1),
    ratio: round(median(ratios), 2),
    ratioRange: `${round(Math.min(...ratios), 2)}–${round(Math.max(...ratios), 2)}`,
    p50ms: median(results.map((r) => r.latency.p50)),
    p99ms: median(results.map((r) => r.latency.p99)),
    // Headers included: what one response costs on the wire, compressed or not.
    kbOnWire: round(
      median(results.map((r) => r.throughput.total / Math.max(1, r.requests.total))) / 1024,
      1,
    ),
    requests: results.reduce((sum, r) => sum + r.requests.total, 0),
    errors: results.reduce((sum, r) => sum + r.errors + r.non2xx, 0),
    peakMbAboveIdle: round((Math.max(...runs.map((r) => r.peak)) - context.idle) / 1e6, 1),
    // The machine is shared: the load average beside each figure says how busy it was.
    load1: round(os.loadavg()[0] ?? 0, 1),
  };
}
