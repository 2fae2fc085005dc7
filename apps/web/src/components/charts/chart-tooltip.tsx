'use client';

import { useCallback, useEffect, useRef, useState, type ReactNode, type RefObject } from 'react';

export interface TooltipAnchor {
  left: number;
  top: number;
  /** Which side of the marker the box hangs from, so it stays inside the chart at phone width. */
  align: 'start' | 'center' | 'end';
}

/** A chart's own tooltip: shown for the hovered or keyboard-focused marker, and read out by its id. */
export function ChartTooltip({
  id,
  anchor,
  children,
}: {
  id: string;
  anchor: TooltipAnchor;
  children: ReactNode;
}) {
  const shift = anchor.align === 'start' ? '0' : anchor.align === 'end' ? '-100%' : '-50%';
  return (
    <div
      id={id}
      role="tooltip"
      className="pointer-events-none absolute z-20 w-56 max-w-[80vw] rounded border border-line bg-white p-2 text-xs shadow-lg"
      style={{ left: anchor.left, top: anchor.top + 12, transform: `translateX(${shift})` }}
    >
      {children}
    </div>
  );
}

/** Where to hang a tooltip for a marker at `x` in a plot `width` pixels wide. */
export function anchorAt(x: number, y: number, width: number): TooltipAnchor {
  const align = x < width / 3 ? 'start' : x > (2 * width) / 3 ? 'end' : 'center';
  return { left: x, top: y, align };
}

/**
 * A channel from markers to the tooltip that does not re-render the chart: the chart stays as it is while
 * a marker is hovered or focused, so the focused marker keeps its focus (and Enter still follows it).
 */
export function useTooltipChannel<T>() {
  const listener = useRef<((value: T | null) => void) | null>(null);
  const send = useCallback((value: T | null) => listener.current?.(value), []);
  return { send, listener };
}

export function TooltipHost<T>({
  listener,
  render,
}: {
  listener: RefObject<((value: T | null) => void) | null>;
  render: (value: T) => ReactNode;
}) {
  const [value, setValue] = useState<T | null>(null);
  useEffect(() => {
    listener.current = setValue;
    return () => {
      listener.current = null;
    };
  }, [listener]);
  return value === null ? null : render(value);
}
