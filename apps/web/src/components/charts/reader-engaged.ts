type Cancel = () => void;

const INTERACTIONS = ['pointerdown', 'keydown', 'touchstart', 'wheel', 'scroll'] as const;
/** How long a page that nobody touches stays settled before its first-screen charts draw. */
const SETTLED_MS = 3000;

let engaged = false;
let listening = false;
const waiting = new Set<() => void>();

function engage() {
  if (engaged) return;
  engaged = true;
  for (const type of INTERACTIONS) window.removeEventListener(type, engage, true);
  for (const run of waiting) run();
  waiting.clear();
}

function listen() {
  if (listening) return;
  listening = true;
  for (const type of INTERACTIONS)
    window.addEventListener(type, engage, { capture: true, passive: true });
  const settle = () => window.setTimeout(engage, SETTLED_MS);
  if (document.readyState === 'complete') settle();
  else window.addEventListener('load', settle, { once: true });
}

/**
 * Calls `run` once the reader has started using the page (a tap, a key, a scroll) or, for a reader who
 * only looks, once the loaded page has been left alone for a few seconds. Until then the main thread is
 * kept for hydration and for the reader's first input.
 */
export function whenReaderEngaged(run: () => void): Cancel {
  if (engaged) {
    run();
    return () => undefined;
  }
  listen();
  waiting.add(run);
  return () => waiting.delete(run);
}
