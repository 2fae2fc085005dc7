import type { Qualifier } from '@tianshan/model';

const QUALIFIER_WORDS: Record<Qualifier, string> = {
  exact: '',
  about: 'about ',
  'more-than': 'more than ',
  'less-than': 'less than ',
  'at-most': 'at most ',
};

/** A number as its source stated it: "exceeded $44bn" reads "more than $44 bn". */
export function qualified(qualifier: string, text: string): string {
  return `${QUALIFIER_WORDS[qualifier as Qualifier] ?? ''}${text}`;
}
