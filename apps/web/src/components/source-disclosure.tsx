'use client';

import type { Citation } from './citation';
import { CitationList } from './citation-list';

/**
 * "Source" folded under an entry. A client component for the same reason as ValueDisclosure: the page's
 * RSC payload carries the citations as data, not as the markup the server already put in the HTML.
 */
export function SourceDisclosure({ citations }: { citations: Citation[] }) {
  return (
    <details className="text-xs">
      <summary className="cursor-pointer text-accent">Source</summary>
      <CitationList citations={citations} />
    </details>
  );
}
