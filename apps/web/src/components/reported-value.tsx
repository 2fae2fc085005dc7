import type { ReactNode } from 'react';
import { SourceList, type SourceRefView } from './source-list';

/** Another report of the same figure or fact, as the disclosure lists it. */
export interface OtherReport {
  id: number;
  text: string;
  sources: SourceRefView[];
  /** A line under the value: how the source words it, or why a report is to be read with care. */
  detail?: ReactNode;
}

/**
 * A reported value with its sources one click away and — when other reports of it exist — a "+N" that
 * lists them with their own sources: disagreement is shown, never hidden. Uses <details>, so it works
 * without JavaScript and from the keyboard; <details> is block content, so never put it inside a <p>.
 */
export function ReportedValue({
  text,
  label,
  sources,
  sourcesHeading,
  detail,
  others = [],
  othersHeading = 'Other reports of this figure',
  because,
}: {
  text: string;
  /** What the value is, for the screen-reader name of the control. */
  label?: string;
  sources: SourceRefView[];
  /** Defaults to "Source" or "Sources". */
  sourcesHeading?: string;
  detail?: ReactNode;
  others?: OtherReport[];
  othersHeading?: string;
  /** Why this report is the one shown, said when others exist. */
  because?: string;
}) {
  return (
    <details className="figure">
      <summary
        className="figure-toggle"
        aria-label={`${label ? `${label}: ` : ''}${text}${others.length ? `, ${others.length} other report${others.length > 1 ? 's' : ''}` : ''}, show sources`}
      >
        {text}
        {others.length ? (
          <sup
            className="ml-0.5 rounded bg-amber-100 px-1 text-[10px] font-semibold text-amber-900 no-underline"
            title="Other reports of this figure exist"
          >
            +{others.length}
          </sup>
        ) : null}
      </summary>
      <div className="figure-popover">
        <p className="mb-1 font-semibold">
          {sourcesHeading ?? `Source${sources.length > 1 ? 's' : ''}`}
        </p>
        {detail ? <div className="mb-1 text-muted">{detail}</div> : null}
        <SourceList sources={sources} />
        {others.length ? (
          <div className="mt-2 border-t border-line pt-2">
            <p className="font-semibold">{othersHeading}</p>
            {because ? <p className="text-muted">Shown: {because}.</p> : null}
            <ul className="mt-1 space-y-2" data-testid="other-reports">
              {others.map((o) => (
                <li key={o.id}>
                  <span className="font-medium tabular-nums">{o.text}</span>
                  {o.detail ? <div className="text-muted">{o.detail}</div> : null}
                  <SourceList sources={o.sources} />
                </li>
              ))}
            </ul>
          </div>
        ) : null}
      </div>
    </details>
  );
}
