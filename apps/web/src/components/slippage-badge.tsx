import type { Slippage } from '@tianshan/model';

/**
 * "+2 years late", said in full to a screen reader and on hover. Positioned, so its screen-reader text is
 * placed within it: inside a scrolling table it would otherwise widen the whole page.
 */
export function SlippageBadge({ slippage }: { slippage: Slippage }) {
  return (
    <span
      className="relative rounded bg-red-100 px-1.5 py-0.5 text-xs font-semibold whitespace-nowrap text-red-900"
      title={slippage.description}
      data-testid="slippage"
    >
      {slippage.label} late
      <span className="sr-only"> ({slippage.description})</span>
    </span>
  );
}
