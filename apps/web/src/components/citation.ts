import type { RouterOutputs } from '@tianshan/api';
import { formatPartialDate, SOURCE_GRADE_LABELS, type SourceGrade } from '@tianshan/model';

/** A cited source as every read procedure returns it beside its record. */
export type SourceRefView = RouterOutputs['trade']['byId']['sources'][number];

/**
 * A citation worded for the reader (its date at its own precision, its grade in words): what a client
 * component is sent, so the browser needs neither the model's labels nor the fields nobody sees.
 */
export interface Citation {
  id: number;
  title: string;
  url: string | null;
  publisher: string | null;
  date: string;
  grade: string | null;
  quote: string | null;
  language: string | null;
}

export function gradeLabel(grade: SourceGrade | null): string | null {
  return grade ? SOURCE_GRADE_LABELS[grade] : null;
}

export function citationsOf(sources: readonly SourceRefView[]): Citation[] {
  return sources.map((s) => ({
    id: s.id,
    title: s.title,
    url: s.url,
    publisher: s.publisher,
    date:
      s.publishedLabel ?? (s.publishedOn ? formatPartialDate(s.publishedOn) : 'date not stated'),
    grade: gradeLabel(s.grade),
    quote: s.quote,
    language: s.language,
  }));
}
