import type { RouterOutputs } from '@tianshan/api';
import { formatPartialDate } from '@tianshan/model';
import { CitedQuote } from './cited-quote';
import { SourceLink } from './source-link';

/** A cited source as every read procedure returns it beside its record. */
export type SourceRefView = RouterOutputs['trade']['byId']['sources'][number];

/** A source as a reader needs it: title, grade, publisher, date at its own precision, and a safe link. */
export function SourceCitation({ source }: { source: SourceRefView }) {
  const date =
    source.publishedLabel ??
    (source.publishedOn ? formatPartialDate(source.publishedOn) : 'date not stated');
  return (
    <span className="block">
      <SourceLink url={source.url} grade={source.grade}>
        {source.title}
      </SourceLink>
      {source.publisher ? <span className="text-muted"> — {source.publisher}</span> : null}
      <span className="text-muted"> ({date})</span>
      {source.quote ? <CitedQuote quote={source.quote} language={source.language} /> : null}
    </span>
  );
}

export function SourceList({ sources }: { sources: SourceRefView[] }) {
  return (
    <ul className="space-y-1">
      {sources.map((s) => (
        <li key={s.id}>
          <SourceCitation source={s} />
        </li>
      ))}
    </ul>
  );
}
