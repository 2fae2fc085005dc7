import { CitedQuote } from './cited-quote';
import type { Citation } from './citation';
import { SourceLink } from './source-link';

/** A source as a reader needs it: title, grade, publisher, date at its own precision, and a safe link. */
function CitationLine({ citation: c }: { citation: Citation }) {
  return (
    <>
      <SourceLink url={c.url} grade={c.grade}>
        {c.title}
      </SourceLink>
      <span className="text-muted">
        {c.publisher ? ` — ${c.publisher}` : ''} ({c.date})
      </span>
      {c.quote ? <CitedQuote quote={c.quote} language={c.language} /> : null}
    </>
  );
}

/** Rendered on the server and inside client disclosures alike: it needs nothing but the citations. */
export function CitationList({ citations }: { citations: readonly Citation[] }) {
  return (
    <ul className="space-y-1">
      {citations.map((c) => (
        <li key={c.id}>
          <CitationLine citation={c} />
        </li>
      ))}
    </ul>
  );
}
