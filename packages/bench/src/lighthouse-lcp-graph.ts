import { readFileSync } from 'node:fs';
import { defaultSettings } from 'lighthouse/core/config/constants.js';
import { LanternLargestContentfulPaint } from 'lighthouse/core/computed/metrics/lantern-largest-contentful-paint.js';

/**
 * What Lighthouse's phone simulation (Lantern) counted in a run's LCP: every network request and main-thread
 * task of its LCP graphs, with its observed start and duration and its simulated start and end. Reads the
 * trace and DevTools log `bench:lighthouse --raw <dir> --trace` kept beside a report.
 * Usage: `tsx src/lighthouse-lcp-graph.ts <dir>/<report name without .json> <url>`.
 */
interface GraphNode {
  type: 'network' | 'cpu';
  startTime: number;
  endTime: number;
  request?: { url: string };
  getEvaluateScriptURLs?: () => Set<string>;
  didPerformLayout?: () => boolean;
}
interface Graph {
  startTime: number;
  traverse: (visit: (node: GraphNode) => void) => void;
}
interface Estimate {
  timeInMs: number;
  nodeTimings: Map<GraphNode, { startTime: number; endTime: number }>;
}
interface LcpResult {
  timing: number;
  optimisticGraph: Graph;
  pessimisticGraph: Graph;
  optimisticEstimate: Estimate;
  pessimisticEstimate: Estimate;
}

const [base, url] = process.argv.slice(2);
if (!base || !url) {
  console.error('usage: tsx src/lighthouse-lcp-graph.ts <report path without .json> <url>');
  process.exit(2);
}
// Lighthouse's defaults are its mobile preset (simulated throttling), as `bench:lighthouse --preset mobile`.
const settings = defaultSettings as unknown as Record<string, unknown>;
const data = {
  trace: JSON.parse(readFileSync(`${base}.trace.json`, 'utf8')) as unknown,
  devtoolsLog: JSON.parse(readFileSync(`${base}.devtoolslog.json`, 'utf8')) as unknown,
  gatherContext: { gatherMode: 'navigation' },
  settings,
  simulator: null,
  URL: { requestedUrl: url, mainDocumentUrl: url, finalDisplayedUrl: url },
  SourceMaps: [],
};
const request = LanternLargestContentfulPaint.request as unknown as (
  input: typeof data,
  context: { computedCache: Map<string, unknown>; settings: Record<string, unknown> },
) => Promise<LcpResult>;
const result = await request(data, { computedCache: new Map<string, unknown>(), settings });
const ms = (us: number) => Math.round(us / 1000);
const path = (u: string) => u.replace(/^https?:\/\/[^/]+/, '') || '/';

console.log(`simulated LCP ${Math.round(result.timing)} ms`);
for (const [name, graph, estimate] of [
  ['optimistic', result.optimisticGraph, result.optimisticEstimate],
  ['pessimistic', result.pessimisticGraph, result.pessimisticEstimate],
] as const) {
  console.log(
    `${name} graph (${Math.round(estimate.timeInMs)} ms): observed start, duration → simulated`,
  );
  const rows: [number, string][] = [];
  graph.traverse((node) => {
    const sim = estimate.nodeTimings.get(node);
    const at = `${ms(node.startTime - graph.startTime)} ms, ${ms(node.endTime - node.startTime)} ms`;
    const what =
      node.type === 'network'
        ? `request ${path(node.request?.url ?? '')}`
        : `task ${[...(node.getEvaluateScriptURLs?.() ?? [])].map(path).join(' ') || (node.didPerformLayout?.() ? '(layout)' : '')}`;
    rows.push([
      node.startTime,
      `  ${at} → ${Math.round(sim?.startTime ?? 0)}–${Math.round(sim?.endTime ?? 0)} ms: ${what}`,
    ]);
  });
  for (const [, line] of rows.sort((a, b) => a[0] - b[0])) console.log(line);
}
