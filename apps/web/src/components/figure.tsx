import { formatUsd } from '@tianshan/model';
import { qualified } from './qualified';
import { SourceList, type SourceRefView } from './source-list';

/**
 * A number with its qualifier and its sources one click away. Uses <details> so it works without
 * JavaScript and from the keyboard. <details> is block content: never put a Figure inside a <p>. The
 * browser's parser closes the <p> before it, so the DOM no longer matches what React rendered and
 * hydration fails (React error #418) — wrap it in a <div> or a table cell instead.
 */
export function Figure({
  usd,
  qualifier,
  sources,
  label,
}: {
  usd: number | null;
  qualifier: string;
  sources: SourceRefView[];
  label?: string;
}) {
  if (usd === null) return <span className="text-muted">not stated</span>;
  return (
    <details className="figure">
      <summary
        className="figure-toggle"
        aria-label={`${label ? `${label}: ` : ''}${qualified(qualifier, formatUsd(usd))}, show sources`}
      >
        {qualified(qualifier, formatUsd(usd))}
      </summary>
      <div className="figure-popover">
        <p className="mb-1 font-semibold">Source{sources.length > 1 ? 's' : ''}</p>
        <SourceList sources={sources} />
      </div>
    </details>
  );
}
