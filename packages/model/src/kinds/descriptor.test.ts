import { describe, expect, it } from 'vitest';
import { titleWithArticle } from './descriptor';
import { KIND_DESCRIPTORS } from './registry';

describe('titleWithArticle', () => {
  it('writes "an" before a vowel and "a" otherwise, for every kind', () => {
    const titles = Object.values(KIND_DESCRIPTORS).map(titleWithArticle);
    expect(titles).toEqual([
      'a trade report',
      'an investment figure',
      'a project',
      'a project fact report',
      'a milestone',
      'a relationship event',
      'an indicator',
    ]);
  });
});
