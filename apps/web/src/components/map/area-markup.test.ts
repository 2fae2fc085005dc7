import { describe, expect, it } from 'vitest';
import { areaMarkup } from './area-markup';

describe('areaMarkup', () => {
  it('draws one circle per area, with the count in its tooltip', () => {
    expect(
      areaMarkup([
        { x: 117.3, y: 316.8, r: 2, count: 1 },
        { x: 12, y: 4.5, r: 12, count: 1234 },
      ]),
    ).toBe(
      '<circle cx="117.3" cy="316.8" r="2"><title>1 project in this area</title></circle>' +
        '<circle cx="12" cy="4.5" r="12"><title>1,234 projects in this area</title></circle>',
    );
  });

  it('draws nothing when no area could be placed', () => {
    expect(areaMarkup([])).toBe('');
  });
});
