'use client';

import { startTransition, useEffect, useRef, useState } from 'react';
import { whenReaderEngaged } from './reader-engaged';

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

/**
 * Whether a chart may mount: only once its box is near the screen, and only once the reader has started
 * using the page or left it settled (`whenReaderEngaged`). Parsing Recharts and drawing a chart are long
 * main-thread tasks on a phone: charts nobody has scrolled to cost nothing, and a chart in the first
 * screen does not compete with hydration and the reader's first tap; meanwhile the server-rendered page
 * shows the chart's key, table and download. Each chart mounts in its own idle moment, so several charts
 * on one screen are several short tasks rather than one long one.
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
        let cancelIdle: Cancel = () => undefined;
        const cancelWait = whenReaderEngaged(() => {
          cancelIdle = whenIdle(() => startTransition(() => setReady(true)));
        });
        cancel = () => {
          cancelWait();
          cancelIdle();
        };
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
