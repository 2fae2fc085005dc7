'use client';

import dynamic from 'next/dynamic';

/**
 * Recharts is loaded only when a chart is on the page, after the server-rendered content: pages ship no
 * chart code in their first load. The placeholder keeps the chart's height so nothing jumps.
 */
function placeholder(height: number) {
  return function ChartPlaceholder() {
    return (
      <div className="animate-pulse rounded bg-slate-100" style={{ height }} aria-hidden="true" />
    );
  };
}

export const LazyLineChart = dynamic(() => import('./chart-line-series'), {
  ssr: false,
  loading: placeholder(320),
});
export const LazyBarCounts = dynamic(() => import('./chart-bar-counts'), {
  ssr: false,
  loading: placeholder(260),
});
export const LazyInvestmentScatter = dynamic(() => import('./chart-scatter-investments'), {
  ssr: false,
  loading: placeholder(260),
});
export const LazyProjectSwimlane = dynamic(() => import('./chart-swimlane-projects'), {
  ssr: false,
  loading: placeholder(320),
});
export const LazyTimelineDensity = dynamic(() => import('./chart-bar-timeline-density'), {
  ssr: false,
  loading: placeholder(200),
});
