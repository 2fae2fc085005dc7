'use client';

import { useEffect, useRef, type ReactNode } from 'react';

/** Where the filters stay open by default: beside the results there is room for them. */
const WIDE = '(min-width: 48rem)';

/**
 * The filters behind a "Filters (N)" toggle, so a phone's first screen shows results. A native
 * <details>: keyboard and screen readers know it, and it works without JavaScript. On wide screens the
 * stylesheet shows the form before hydration (no layout shift, nothing hidden without JavaScript); once
 * hydrated the disclosure is opened for real, so its state is announced truthfully and the reader can close it.
 */
export function FilterDisclosure({ active, children }: { active?: number; children: ReactNode }) {
  const ref = useRef<HTMLDetailsElement>(null);
  useEffect(() => {
    const details = ref.current;
    if (!details) return;
    if (window.matchMedia(WIDE).matches) details.open = true;
    details.dataset.ready = '';
  }, []);
  return (
    <details ref={ref} className="filter-disclosure rounded border border-line bg-white text-sm">
      <summary className="cursor-pointer px-3 py-2 font-semibold text-accent">
        Filters{active === undefined ? '' : ` (${active})`}
      </summary>
      {children}
    </details>
  );
}
