'use client';

import type { ReactNode } from 'react';
import type { Citation } from './citation';
import { CitationList } from './citation-list';
import { useOpenDetails } from './use-open-details';

/** Another report of the same figure or fact, as the disclosure lists it. */
interface OtherCitedReport {
  id: number;
  text: string;
  citations: Citation[];
  /** A line under the value: how the source words it, or why a report is to be read with care. */
  detail?: ReactNode;
}

export interface ValueDisclosureProps {
  text: string;
  /** What the value is, for the screen-reader name of the control. */
  label?: string;
  citations: Citation[];
  /** Defaults to "Source" or "Sources". */
  sourcesHeading?: string;
  detail?: ReactNode;
  others?: OtherCitedReport[];
  othersHeading?: string;
  /** Why this report is the one shown, said when others exist. */
  because?: string;
}

/**
 * The disclosure behind a reported value. Its props are the citations as data, which weigh far less in
 * the page's RSC payload than the markup they render to; the popover is rendered when opened, so a list
 * of a hundred figures does not also carry every source list in its HTML.
 */
export function ValueDisclosure({
  text,
  label,
  citations,
  sourcesHeading,
  detail,
  others = [],
  othersHeading = 'Other reports of this figure',
  because,
}: ValueDisclosureProps) {
  const more = others.length;
  const { ref, open, onToggle } = useOpenDetails();
  return (
    <details className="figure" ref={ref} onToggle={onToggle}>
      <summary
        className="figure-toggle"
        aria-label={`${label ? `${label}: ` : ''}${text}${more ? `, ${more} other report${more > 1 ? 's' : ''}` : ''}, show sources`}
      >
        {text}
        {more ? (
          <sup className="figure-more" title="Other reports of this figure exist">
            +{more}
          </sup>
        ) : null}
      </summary>
      {open ? (
        <div className="figure-popover">
          <p className="mb-1 font-semibold">
            {sourcesHeading ?? `Source${citations.length > 1 ? 's' : ''}`}
          </p>
          {detail ? <div className="mb-1 text-muted">{detail}</div> : null}
          <CitationList citations={citations} />
          {more ? (
            <div className="mt-2 border-t border-line pt-2">
              <p className="font-semibold">{othersHeading}</p>
              {because ? <p className="text-muted">Shown: {because}.</p> : null}
              <ul className="mt-1 space-y-2" data-testid="other-reports">
                {others.map((o) => (
                  <li key={o.id}>
                    <span className="font-medium tabular-nums">{o.text}</span>
                    {o.detail ? <div className="text-muted">{o.detail}</div> : null}
                    <CitationList citations={o.citations} />
                  </li>
                ))}
              </ul>
            </div>
          ) : null}
        </div>
      ) : null}
    </details>
  );
}
