'use client';

import type { Citation } from './citation';
import { CitationList } from './citation-list';
import { useOpenDetails } from './use-open-details';

/**
 * "Source" folded under an entry, rendered when opened (as in ValueDisclosure): the page carries the
 * citations once, as data, rather than as hidden markup under every entry.
 */
export function SourceDisclosure({ citations }: { citations: Citation[] }) {
  const { ref, open, onToggle } = useOpenDetails();
  return (
    <details className="text-xs" ref={ref} onToggle={onToggle}>
      <summary className="cursor-pointer text-accent">Source</summary>
      {open ? <CitationList citations={citations} /> : null}
    </details>
  );
}
