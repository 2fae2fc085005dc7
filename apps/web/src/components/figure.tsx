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
    <details className="group relative inline-block text-left align-top">
      <summary
        className="cursor-pointer list-none font-medium tabular-nums underline decoration-dotted underline-offset-4"
        aria-label={`${label ? `${label}: ` : ''}${qualified(qualifier, formatUsd(usd))}, show sources`}
      >
        {qualified(qualifier, formatUsd(usd))}
      </summary>
      <div className="absolute right-0 z-20 mt-1 w-80 max-w-[90vw] rounded border border-line bg-white p-3 text-left text-xs font-normal shadow-lg">
        <p className="mb-1 font-semibold">Source{sources.length > 1 ? 's' : ''}</p>
        <SourceList sources={sources} />
      </div>
    </details>
  );
}
