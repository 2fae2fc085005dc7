import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Result } from 'lighthouse';
import { describeObserved } from './lighthouse-observed';

/**
 * Where a load's main-thread time went, from the reports `bench:lighthouse --raw <dir>` kept: the scores'
 * inputs, script evaluation per file (`bootup-time`), the work by kind (`mainthread-work-breakdown`), the
 * long tasks, the LCP element with its phases, and the observed (unthrottled) load beside the simulated one
 * (lighthouse-observed.ts). Usage: `tsx src/lighthouse-breakdown.ts <dir>`.
 */
interface Row {
  url?: string;
  total?: number;
  scripting?: number;
  scriptParseCompile?: number;
  group?: string;
  groupLabel?: string;
  duration?: number;
  startTime?: number;
  phase?: string;
  timing?: number;
  node?: { selector?: string; snippet?: string; nodeLabel?: string };
}

const ms = (n: number | undefined) => `${Math.round(n ?? 0)} ms`;
const short = (url: string | undefined) => (url ?? '').replace(/^https?:\/\/[^/]+/, '') || '(page)';

function items(lhr: Result, audit: string): Row[] {
  const details = lhr.audits[audit]?.details as { items?: Row[] } | undefined;
  return details?.items ?? [];
}

/** The LCP element audit nests two tables (the element, then its phases) in LH 12. */
function lcpTables(lhr: Result): { element?: Row['node']; phases: Row[] } {
  const tables = items(lhr, 'largest-contentful-paint-element') as unknown as {
    items?: Row[];
  }[];
  const element = tables[0]?.items?.[0]?.node;
  return { element, phases: tables[1]?.items ?? [] };
}

function describe(file: string, lhr: Result) {
  const metric = (id: string) => ms(lhr.audits[id]?.numericValue);
  const score = Math.round((lhr.categories.performance?.score ?? 0) * 100);
  const lines = [
    `## ${path.basename(file, '.json')}: ${score} (FCP ${metric('first-contentful-paint')}, LCP ${metric('largest-contentful-paint')}, TBT ${metric('total-blocking-time')}, SI ${metric('speed-index')})`,
    'bootup-time (total / script eval / parse+compile):',
    ...items(lhr, 'bootup-time').map(
      (r) => `  ${short(r.url)}: ${ms(r.total)} / ${ms(r.scripting)} / ${ms(r.scriptParseCompile)}`,
    ),
    'main thread by kind:',
    ...items(lhr, 'mainthread-work-breakdown').map(
      (r) => `  ${r.groupLabel ?? r.group}: ${ms(r.duration)}`,
    ),
    'long tasks (start, duration, attributed to):',
    ...items(lhr, 'long-tasks').map(
      (r) => `  at ${ms(r.startTime)}: ${ms(r.duration)} ${short(r.url)}`,
    ),
  ];
  const { element, phases } = lcpTables(lhr);
  lines.push(`LCP element: ${element?.selector ?? '?'} — ${element?.nodeLabel ?? ''}`);
  for (const p of phases) lines.push(`  ${p.phase}: ${ms(p.timing)}`);
  lines.push(...describeObserved(lhr));
  return lines.join('\n');
}

const dir = process.argv[2];
if (!dir) {
  console.error('usage: tsx src/lighthouse-breakdown.ts <dir of Lighthouse JSON reports>');
  process.exit(2);
}
for (const name of readdirSync(dir)
  .filter((f) => f.endsWith('.json') && !/\.(trace|devtoolslog)\.json$/.test(f))
  .sort()) {
  const file = path.join(dir, name);
  console.log(describe(file, JSON.parse(readFileSync(file, 'utf8')) as Result));
  console.log();
}
