import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { moduleResolver } from './profile-modules';
import { printTable, round } from './stats';

/**
 * Where a server's CPU time went, from the V8 profile `bench:server-time --cpu-prof <dir>` leaves: each
 * sample's time goes to the first category its stack matches, innermost frame first. SQLite's work runs in
 * better-sqlite3's native calls, which a profile shows as time in the frame that called them (Drizzle's
 * `get`/`all`/`run`/`values`) and in better-sqlite3's `prepare`. Every other frame is placed by the source
 * module its code came from (profile-modules.ts): the app, its packages, Drizzle, tRPC and zod from the
 * server chunks' source maps, React's three passes and Next's own work from the runtime's module table.
 * Usage: `tsx src/cpu-profile-summary.ts <file.cpuprofile | folder (newest profile)> [server-time.json]`;
 * with the results of the run that made the profile, it also splits the time by page, per request.
 */
interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  children?: number[];
}

interface Profile {
  nodes: ProfileNode[];
  startTime: number;
  samples: number[];
  timeDeltas: number[];
}

interface Window {
  page: string;
  requests: number;
  fromUs: number;
  toUs: number;
}

const STATEMENT_CALLS = new Set(['all', 'get', 'run', 'values', 'iterate']);

type Frame = ProfileNode['callFrame'];
const REACT_SERVER = 'next/(react-server)/';
const under = (module: string, ...prefixes: string[]) => prefixes.some((p) => module.includes(p));

/**
 * Innermost frame first, so a component's own code counts as the app's and what React does around it
 * as React's. Next's runtime holds three React passes (profile-modules.ts): the RSC render, which runs
 * the server components and serialises the tree and every client component's props; the RSC client,
 * which parses that payload back for the HTML pass; and React DOM's HTML render of the parsed tree.
 */
const CATEGORIES: { name: string; matches: (frame: Frame, module: string) => boolean }[] = [
  {
    name: 'SQLite (statements prepared and run)',
    matches: (f, m) =>
      f.url.includes('better-sqlite3') ||
      (STATEMENT_CALLS.has(f.functionName) && (f.url === '' || under(m, 'drizzle-orm'))),
  },
  { name: 'garbage collection', matches: (f) => f.functionName === '(garbage collector)' },
  { name: 'idle', matches: (f) => f.functionName === '(idle)' },
  {
    name: 'queries (packages/db, Drizzle)',
    matches: (_, m) => under(m, 'packages/db/', 'node_modules/drizzle-orm/'),
  },
  {
    name: 'procedures (packages/api, tRPC, zod, superjson)',
    matches: (_, m) =>
      under(
        m,
        'packages/api/',
        'node_modules/@trpc/',
        'node_modules/zod/',
        'node_modules/superjson/',
      ),
  },
  {
    name: 'session (packages/auth, better-auth)',
    matches: (_, m) =>
      under(m, 'packages/auth/', 'node_modules/better-auth/', 'node_modules/@better-auth/'),
  },
  {
    name: 'app: components and data shaping (apps/web, packages/model)',
    matches: (_, m) => under(m, 'apps/web/', 'packages/model/'),
  },
  { name: 'React RSC render and serialisation', matches: (_, m) => m.startsWith(REACT_SERVER) },
  {
    name: 'React RSC payload parsed for the HTML pass',
    matches: (_, m) =>
      under(m, 'react-server-dom-turbopack-client', 'react-server-dom-webpack-client'),
  },
  {
    name: 'React HTML render (react-dom/server)',
    matches: (_, m) => /next\/\.\/dist\/compiled\/react(-dom)?\//.test(m),
  },
  {
    name: 'Next.js runtime (routing, app-render, payload inlining)',
    matches: (f, m) =>
      m.startsWith('next/') || under(m, 'node_modules/next/') || f.url.includes('/.next/server/'),
  },
  {
    name: 'other node_modules',
    matches: (f, m) => under(m, 'node_modules/') || f.url.includes('node_modules'),
  },
  { name: 'Node.js (http, streams, zlib)', matches: (f) => f.url.startsWith('node:') },
];

function newestProfile(target: string): string {
  if (!statSync(target).isDirectory()) return target;
  const files = readdirSync(target)
    .filter((f) => f.endsWith('.cpuprofile'))
    .map((f) => path.join(target, f))
    .sort((a, b) => statSync(b).mtimeMs - statSync(a).mtimeMs);
  if (!files[0]) throw new Error(`no .cpuprofile in ${target}`);
  return files[0];
}

const file = newestProfile(process.argv[2] ?? '.');
const profile = JSON.parse(readFileSync(file, 'utf8')) as Profile;
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const parentOf = new Map<number, number>();
for (const n of profile.nodes) for (const c of n.children ?? []) parentOf.set(c, n.id);

const moduleOf = moduleResolver();
const categoryCache = new Map<number, string>();
function categoryOf(id: number): string {
  const known = categoryCache.get(id);
  if (known) return known;
  let name = 'other (program, Node internals)';
  for (let at: number | undefined = id; at !== undefined; at = parentOf.get(at)) {
    const frame = byId.get(at)?.callFrame;
    const module = frame ? moduleOf(frame) : '';
    const match = frame && CATEGORIES.find((c) => c.matches(frame, module));
    if (match) {
      name = match.name;
      break;
    }
  }
  categoryCache.set(id, name);
  return name;
}

const windows = process.argv[3]
  ? (JSON.parse(readFileSync(process.argv[3], 'utf8')) as { windows: Window[] }).windows
  : [];
const byPage = new Map<string, Map<string, number>>();
const totals = new Map<string, number>();
const selfTime = new Map<number, number>();
let at = profile.startTime;
profile.samples.forEach((id, i) => {
  const ms = (profile.timeDeltas[i] ?? 0) / 1000;
  at += profile.timeDeltas[i] ?? 0;
  const category = categoryOf(id);
  totals.set(category, (totals.get(category) ?? 0) + ms);
  selfTime.set(id, (selfTime.get(id) ?? 0) + ms);
  const page = windows.find((w) => at >= w.fromUs && at < w.toUs);
  if (!page) return;
  const split = byPage.get(page.page) ?? new Map<string, number>();
  split.set(category, (split.get(category) ?? 0) + ms / page.requests);
  byPage.set(page.page, split);
});
const busy = [...totals].filter(([name]) => name !== 'idle').reduce((sum, [, ms]) => sum + ms, 0);

console.log(`${file}\nbusy ${round(busy / 1000, 2)} s (idle left out)\n`);
printTable(
  [...totals]
    .filter(([name]) => name !== 'idle')
    .sort((a, b) => b[1] - a[1])
    .map(([category, ms]) => ({
      category,
      'cpu s': round(ms / 1000, 2),
      share: `${round((100 * ms) / busy, 1)} %`,
    })),
);
console.log('');
printTable(
  [...selfTime]
    .map(([id, ms]) => ({ node: byId.get(id), ms }))
    .filter(({ node }) => node && node.callFrame.functionName !== '(idle)')
    .sort((a, b) => b.ms - a.ms)
    .slice(0, 15)
    .map(({ node, ms }) => ({
      function: node?.callFrame.functionName || '(anonymous)',
      where: node ? moduleOf(node.callFrame).split('/').slice(-2).join('/') : '',
      'self ms': round(ms, 0),
      category: categoryOf(node?.id ?? 0),
    })),
);
console.log('');
const byModule = new Map<string, number>();
for (const [id, ms] of selfTime) {
  const node = byId.get(id);
  if (!node || node.callFrame.functionName === '(idle)') continue;
  const module = moduleOf(node.callFrame) || node.callFrame.functionName;
  byModule.set(module, (byModule.get(module) ?? 0) + ms);
}
printTable(
  [...byModule]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 20)
    .map(([module, ms]) => ({ module: module.slice(-90), 'self ms': round(ms, 0) })),
);
if (windows.length > 0) {
  console.log('\nCPU ms per request, by page (idle left out)\n');
  const shown = [...totals.keys()].filter((name) => name !== 'idle');
  printTable(
    windows.map(({ page }) => {
      const split = byPage.get(page) ?? new Map<string, number>();
      const busyMs = shown.reduce((sum, name) => sum + (split.get(name) ?? 0), 0);
      return {
        page,
        ...Object.fromEntries(shown.map((name) => [name, round(split.get(name) ?? 0, 1)])),
        busy: round(busyMs, 1),
      };
    }),
  );
}
