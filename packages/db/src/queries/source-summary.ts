import type { Tables } from './reader/reader';

/** What a list shows of a source wherever it names one: the sources page and every record's citations. */
export function sourceSummaryColumns({ sources }: Tables) {
  return {
    id: sources.id,
    title: sources.title,
    publisher: sources.publisher,
    url: sources.url,
    publishedOn: sources.publishedOn,
    publishedLabel: sources.publishedLabel,
    grade: sources.grade,
  };
}
