/**
 * Runs the app's JavaScript only once the page has painted, for pages the response cache serves.
 *
 * Next.js writes its chunks as async scripts, so each chunk that arrives before the first frame runs before
 * it, and a phone paints a server-rendered page only after the framework has started (every module
 * evaluated, the server-components payload read, hydration begun). Lighthouse's simulated phone counts
 * every script that ran before the observed paint as needed for the largest paint, downloads on slow 4G
 * included: LCP landed 1.5 s after FCP on every page although the LCP element is server-rendered text.
 * Here the chunks are still fetched at once (preloads, at the low priority async scripts get), and a small
 * script adds them in their order once the document is parsed, its first contentful paint reported and
 * two more frames drawn, so the frame showing the whole page is on screen before any of them runs. A
 * hidden page (it paints nothing) starts at once, as before; five seconds is the limit in any case.
 */
const CHUNKS = '/_next/static/chunks/';
const CHUNK_SCRIPT =
  /<script src="\/_next\/static\/chunks\/([\w.-]+\.js)" (?:async="" nonce="([^"]+)"|nonce="([^"]+)" async="")><\/script>/g;

const preloadOf = (name: string, nonce: string) =>
  `<link rel="preload" as="script" fetchPriority="low" nonce="${nonce}" href="${CHUNKS}${name}"/>`;

const startAfterPaint = (names: string[]) =>
  `(()=>{let d=0;const go=()=>{if(d)return;d=1;for(const n of ${JSON.stringify(names)}){const s=document.createElement("script");s.src=${JSON.stringify(CHUNKS)}+n;s.async=true;document.head.appendChild(s)}};` +
  `if(document.visibilityState==="hidden")return go();setTimeout(go,5000);` +
  `const frames=()=>requestAnimationFrame(()=>requestAnimationFrame(()=>setTimeout(go)));` +
  `const painted=()=>{const P=window.PerformanceObserver;if(!P||!(P.supportedEntryTypes||[]).includes("paint"))return frames();` +
  `new P((l,o)=>{if(l.getEntriesByName("first-contentful-paint").length){o.disconnect();frames()}}).observe({type:"paint",buffered:true})};` +
  `if(document.readyState==="loading")document.addEventListener("DOMContentLoaded",painted,{once:true});else painted()})()`;

/**
 * `html` with every async chunk script taken out: where the first stood, a preload for each (unless the
 * page preloads it already) and the loader that adds them after the paint.
 */
export function deferAppStart(html: string): string {
  const chunks = [...html.matchAll(CHUNK_SCRIPT)].map((m) => ({
    tag: m[0],
    name: m[1] ?? '',
    nonce: m[2] ?? m[3] ?? '',
  }));
  const first = chunks[0];
  if (!first) return html;
  const preloads = chunks
    .filter(
      ({ name }) =>
        !html.includes(
          `as="script" fetchPriority="low" nonce="${first.nonce}" href="${CHUNKS}${name}"`,
        ),
    )
    .map(({ name }) => preloadOf(name, first.nonce))
    .join('');
  const loader = `${preloads}<script nonce="${first.nonce}">${startAfterPaint(chunks.map((c) => c.name))}</script>`;
  let out = html.replace(first.tag, () => loader);
  for (const chunk of chunks.slice(1)) out = out.replace(chunk.tag, '');
  return out;
}
