'use client';

import { useId, useState, type ReactElement, type ReactNode, type RefObject } from 'react';
import { ResponsiveContainer } from 'recharts';
import { ChartTooltip, TooltipHost, useTooltipChannel, type TooltipAnchor } from './chart-tooltip';

/** What a marker sends the tooltip: what to show, and where to hang it. */
interface Pointed {
  anchor: TooltipAnchor;
}

type Send<T> = (value: T | null) => void;

/** The tooltip every marker chart opens with: its id (markers are described by it) and its channel. */
export function useChartTooltip<T extends Pointed>() {
  const tooltipId = useId();
  const { send, listener } = useTooltipChannel<T>();
  return { tooltipId, send, listener };
}

/**
 * A marker's hover and focus: the marker under the pointer or focus (`active`) is ringed, and the tooltip
 * is sent what to show; leaving it hides the tooltip.
 */
export function useMarkerFocus<T extends Pointed>(send: Send<T>) {
  const [active, setActive] = useState<string | null>(null);
  const handlers = (key: string, value: () => T) => {
    const show = () => {
      setActive(key);
      send(value());
    };
    const hide = () => {
      setActive(null);
      send(null);
    };
    return { onMouseEnter: show, onFocus: show, onMouseLeave: hide, onBlur: hide };
  };
  return { active, handlers };
}

/** A marker chart's frame: its box (named for specs), the responsive plot, and the tooltip over it. */
export function TooltipChart<T extends Pointed>({
  name,
  attributes,
  height,
  tooltipId,
  listener,
  tooltip,
  children,
}: {
  /** `data-chart`: which chart this is. */
  name: string;
  attributes?: Record<`data-${string}`, string>;
  height: number;
  tooltipId: string;
  listener: RefObject<Send<T> | null>;
  tooltip: (active: T) => ReactNode;
  children: ReactElement;
}) {
  return (
    <div className="relative" data-chart={name} {...attributes}>
      <ResponsiveContainer width="100%" height={height}>
        {children}
      </ResponsiveContainer>
      <TooltipHost
        listener={listener}
        render={(active) => (
          <ChartTooltip id={tooltipId} anchor={active.anchor}>
            {tooltip(active)}
          </ChartTooltip>
        )}
      />
    </div>
  );
}
