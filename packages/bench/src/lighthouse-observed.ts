import type { Result } from 'lighthouse';

/**
 * What the browser really did during a Lighthouse load, beside what Lighthouse simulated from it.
 *
 * Lighthouse loads the page unthrottled and then simulates a phone (Lantern). A script that finished
 * downloading and began evaluating before the paint observed in that real load is counted by the simulation
 * as needed for the largest paint, at four times its CPU cost; an async script that ran after it is not.
 * So a page whose scripts happen to arrive before the first frame gets a late simulated LCP although its
 * LCP element is server-rendered text. These lines show, per report: the observed and simulated paints,
 * and each script with the time its download ended relative to the observed LCP.
 */
interface Metrics {
  observedFirstContentfulPaint?: number;
  observedLargestContentfulPaint?: number;
  observedDomContentLoaded?: number;
  observedLoad?: number;
  observedTraceEnd?: number;
  firstContentfulPaint?: number;
  largestContentfulPaint?: number;
}

interface Request {
  url: string;
  resourceType?: string;
  networkRequestTime?: number;
  networkEndTime?: number;
}

const ms = (n: number | undefined) => `${Math.round(n ?? 0)} ms`;
const short = (url: string) => url.replace(/^https?:\/\/[^/]+/, '') || '(page)';

function metrics(lhr: Result): Metrics {
  const details = lhr.audits.metrics?.details as { items?: Metrics[] } | undefined;
  return details?.items?.[0] ?? {};
}

function scripts(lhr: Result): Request[] {
  const details = lhr.audits['network-requests']?.details as { items?: Request[] } | undefined;
  return (details?.items ?? []).filter((r) => r.resourceType === 'Script');
}

export function describeObserved(lhr: Result): string[] {
  const m = metrics(lhr);
  const lcp = m.observedLargestContentfulPaint ?? 0;
  const lines = [
    `observed (unthrottled): FCP ${ms(m.observedFirstContentfulPaint)}, LCP ${ms(lcp)}, DOMContentLoaded ${ms(m.observedDomContentLoaded)}, load ${ms(m.observedLoad)}, trace end ${ms(m.observedTraceEnd)}`,
    `simulated: FCP ${ms(m.firstContentfulPaint)}, LCP ${ms(m.largestContentfulPaint)}`,
    'scripts (download ended, relative to the observed LCP; "before" = counted in the simulated LCP if it also ran before it):',
  ];
  for (const s of scripts(lhr)) {
    const end = s.networkEndTime ?? 0;
    const when = end <= lcp ? 'before' : 'after';
    lines.push(
      `  ${short(s.url)}: requested ${ms(s.networkRequestTime)}, ended ${ms(end)} (${when})`,
    );
  }
  return lines;
}
