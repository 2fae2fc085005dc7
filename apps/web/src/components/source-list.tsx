import { citationsOf, type SourceRefView } from './citation';
import { CitationList } from './citation-list';

export function SourceList({ sources }: { sources: readonly SourceRefView[] }) {
  return <CitationList citations={citationsOf(sources)} />;
}
