'use client';

import { lazy, Suspense, type ComponentType } from 'react';
import { useChartGate } from './use-chart-gate';

function Placeholder({ height }: { height: number }) {
  return <div className="rounded bg-slate-100" style={{ height }} aria-hidden="true" />;
}

/**
 * A chart that ships no code in the page's first load and mounts only when `useChartGate` allows it.
 * Until then the server-rendered page shows a box of the chart's height (so nothing jumps), beside the
 * chart's table, key and download, which are already in the HTML.
 */
function deferredChart<P extends object>(
  load: () => Promise<{ default: ComponentType<P> }>,
  height: number,
) {
  const Chart = lazy(load);
  return function DeferredChart(props: P) {
    const { ref, ready } = useChartGate<HTMLDivElement>();
    const box = <Placeholder height={height} />;
    if (!ready) return <div ref={ref}>{box}</div>;
    return (
      <Suspense fallback={box}>
        <Chart {...props} />
      </Suspense>
    );
  };
}

export const LazyLineChart = deferredChart(() => import('./chart-line-series'), 320);
export const LazyBarCounts = deferredChart(() => import('./chart-bar-counts'), 260);
export const LazyInvestmentScatter = deferredChart(
  () => import('./chart-scatter-investments'),
  260,
);
export const LazyProjectSwimlane = deferredChart(() => import('./chart-swimlane-projects'), 320);
export const LazyTimelineDensity = deferredChart(() => import('./chart-bar-timeline-density'), 200);
