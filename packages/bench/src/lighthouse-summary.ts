import type { Result } from 'lighthouse';
import { round } from './stats';

const score = (lhr: Result) => Math.round((lhr.categories.performance?.score ?? 0) * 100);

/**
 * One route's figures from several Lighthouse runs: the median run by performance score (Lighthouse's own
 * advice, scores vary run to run), every run's score, and the JavaScript the median run saw transferred
 * during the load (the lazily loaded charts included). `benchmarkIndex` is Lighthouse's measure of the host
 * CPU's speed (every run's, lowest first): the mobile preset multiplies the main thread's observed work by
 * four whatever the host, so a host slowed by other work scores lower for the same page.
 */
export function summariseRuns(runs: Result[]) {
  const sorted = [...runs].sort((a, b) => score(a) - score(b));
  const lhr = sorted[Math.floor(sorted.length / 2)];
  if (!lhr) throw new Error('no Lighthouse runs to summarise');
  const requests =
    (
      lhr.audits['network-requests']?.details as
        { items?: { resourceType?: string; transferSize?: number }[] } | undefined
    )?.items ?? [];
  const scriptBytes = requests
    .filter((r) => r.resourceType === 'Script')
    .reduce((s, r) => s + (r.transferSize ?? 0), 0);
  return {
    performance: score(lhr),
    performanceRange: sorted.map(score).join('/'),
    accessibility: Math.round((lhr.categories.accessibility?.score ?? 0) * 100),
    lcpMs: Math.round(lhr.audits['largest-contentful-paint']?.numericValue ?? 0),
    tbtMs: Math.round(lhr.audits['total-blocking-time']?.numericValue ?? 0),
    cls: round(lhr.audits['cumulative-layout-shift']?.numericValue ?? 0, 3),
    serverMs: Math.round(lhr.audits['server-response-time']?.numericValue ?? 0),
    allJsDuringLoadKb: round(scriptBytes / 1024, 1),
    benchmarkIndex: runs
      .map((r) => Math.round(r.environment.benchmarkIndex))
      .sort((a, b) => a - b)
      .join('/'),
  };
}
