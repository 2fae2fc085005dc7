import { expect, test } from 'vitest';
import { validatorFromSchema, type SafeParseSchema } from './schema-validator';

// Shaped like a zod object schema's safeParse (zod itself is not a dependency of this package).
const population: SafeParseSchema<{ country: string; people: number }> = {
  safeParse(input) {
    const row = input as Record<string, string>;
    const people = Number(row.people);
    const issues = [];
    if (row.country === '') issues.push({ path: ['country'], message: 'is required' });
    if (!Number.isInteger(people))
      issues.push({ path: ['people', 0], message: 'must be a whole number' });
    if (row.country === 'XX') issues.push({ path: [], message: 'unknown country' });
    return issues.length > 0
      ? { success: false, error: { issues } }
      : { success: true, data: { country: row.country ?? '', people } };
  },
};

test('maps schema issues to the column their path starts with', () => {
  const validate = validatorFromSchema(population);
  expect(validate({ country: 'KZ', people: '20000000' }, { line: 2 })).toEqual({
    ok: true,
    value: { country: 'KZ', people: 20_000_000 },
  });
  expect(validate({ country: '', people: 'many' }, { line: 3 })).toEqual({
    ok: false,
    errors: [
      { column: 'country', message: 'is required' },
      { column: 'people', message: 'must be a whole number' },
    ],
  });
  expect(validate({ country: 'XX', people: '1' }, { line: 4 })).toEqual({
    ok: false,
    errors: [{ column: null, message: 'unknown country' }],
  });
});
