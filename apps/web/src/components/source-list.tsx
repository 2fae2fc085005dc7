import type { RouterOutputs } from '@tianshan/api';
import { formatPartialDate } from '@tianshan/model';
import { CitedQuote } from './cited-quote';

/** A cited source as every read procedure returns it beside its record. */
export type SourceRefView = RouterOutputs['trade']['byId']['sources'][number];

/** A source as a reader needs it: title, publisher, date at its own precision, and a safe link. */
export function SourceCitation({ source }: { source: SourceRefView }) {
  const date =
    source.publishedLabel ??
    (source.publishedOn ? formatPartialDate(source.publishedOn) : 'date not stated');
  return (
    <span className="block">
      {source.url ? (
        <a
          href={source.url}
          target="_blank"
          rel="noopener noreferrer nofollow"
          className="text-accent underline"
        >
          {source.title}
        </a>
      ) : (
        <span>{source.title}</span>
      )}
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
