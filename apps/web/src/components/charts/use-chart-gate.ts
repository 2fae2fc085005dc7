'use client';

import { startTransition, useEffect, useRef, useState } from 'react';

type Cancel = () => void;

/** Calls `run` once the browser is idle; browsers without `requestIdleCallback` wait a short moment. */
function whenIdle(run: () => void): Cancel {
  if (typeof window.requestIdleCallback === 'function') {
    const handle = window.requestIdleCallback(run, { timeout: 3000 });
    return () => window.cancelIdleCallback(handle);
  }
  const handle = window.setTimeout(run, 300);
  return () => window.clearTimeout(handle);
}

/** Calls `run` when the page has finished loading and the main thread is next idle. */
function afterPageLoad(run: () => void): Cancel {
  if (document.readyState === 'complete') return whenIdle(run);
  let cancel: Cancel = () => undefined;
  const onLoad = () => (cancel = whenIdle(run));
  window.addEventListener('load', onLoad, { once: true });
  return () => {
    window.removeEventListener('load', onLoad);
    cancel();
  };
}

/**
 * Whether a chart may mount: only once its box is near the screen, and never while the page is still
 * loading. Parsing Recharts and drawing a chart take long main-thread tasks on a phone; charts nobody
 * has scrolled to cost nothing, and those in the first screen wait until hydration and loading are done,
 * so the page answers taps first. Each chart mounts in its own idle moment, so several charts on one
 * screen are several short tasks rather than one long one.
 */
export function useChartGate<T extends Element>() {
  const ref = useRef<T>(null);
  const [ready, setReady] = useState(false);
  useEffect(() => {
    const box = ref.current;
    if (!box) return;
    let cancel: Cancel = () => undefined;
    const observer = new IntersectionObserver(
      (entries) => {
        if (!entries.some((e) => e.isIntersecting)) return;
        observer.disconnect();
        // Rendering in a transition lets React yield between parts of the chart instead of blocking.
        cancel = afterPageLoad(() => startTransition(() => setReady(true)));
      },
      // A little ahead of the screen's edge: a chart a reader is scrolling towards starts loading, while
      // one a whole screen away (a phone's first load) does not.
      { rootMargin: '120px 0px' },
    );
    observer.observe(box);
    return () => {
      observer.disconnect();
      cancel();
    };
  }, []);
  return { ref, ready };
}
