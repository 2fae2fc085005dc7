'use client';

import { useEffect, useRef, useState, type SyntheticEvent } from 'react';

/**
 * Whether a <details> is open, so its folded content is rendered only once a reader opens it: the page
 * then carries that content once, as data in the RSC payload, instead of a second time as HTML. A
 * disclosure opened before hydration (the browser toggles it natively) is picked up on mount.
 */
export function useOpenDetails() {
  const ref = useRef<HTMLDetailsElement>(null);
  const [open, setOpen] = useState(false);
  useEffect(() => {
    if (ref.current?.open) setOpen(true);
  }, []);
  const onToggle = (event: SyntheticEvent<HTMLDetailsElement>) => setOpen(event.currentTarget.open);
  return { ref, open, onToggle };
}
