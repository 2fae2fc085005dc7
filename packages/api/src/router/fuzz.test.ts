import fc from 'fast-check';
import { TRPCError } from '@trpc/server';
import { ZodError } from 'zod';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { describeOnEachDatabase } from '@tianshan/db/testing/each-database';
import { appRouter } from '../root';
import { callerAs, type Caller } from '../test-caller';

/**
 * Property-based fuzzing of every procedure, queries and mutations, as an admin (so the input reaches the
 * validation and the database rather than stopping at the role check). Whatever arrives — garbage, or
 * objects built from our own field names with wrong values — the answer is a result or a typed client
 * error (never INTERNAL_SERVER_ERROR), and a validation error names the field it is about.
 */

type Procedure = { _def: { type: string } };
const PATHS = Object.keys(appRouter._def.procedures as unknown as Record<string, Procedure>);

// Field names our schemas use, so generated objects get past "not an object" into the field checks.
const FIELDS = [
  'id',
  'kind',
  'data',
  'reason',
  'scope',
  'year',
  'yearFrom',
  'yearTo',
  'period',
  'periodKinds',
  'reporter',
  'reporters',
  'totalUsd',
  'chinaExportsUsd',
  'countries',
  'country',
  'name',
  'sector',
  'sectors',
  'status',
  'statuses',
  'citations',
  'sourceId',
  'newSource',
  'title',
  'url',
  'publishedOn',
  'limit',
  'offset',
  'search',
  'from',
  'to',
  'sort',
  'dir',
  'email',
  'role',
  'password',
  'projectId',
  'date',
  'asOf',
  'metric',
  'metricKind',
  'value',
  'unit',
  'lat',
  'lon',
  'locationBasis',
  'startedOn',
  'completedOn',
  'preferred',
  'count',
  'productCode',
  'qualifier',
];
const CODES = [
  'KZ',
  'KG',
  'TJ',
  'TM',
  'UZ',
  'C5',
  'CN',
  'indicator',
  'project',
  'trade-report',
  'source',
  'energy',
  'operating',
  'admin',
  'viewer',
  'FY',
  'Jan-Apr',
  '2024',
  '2024-13-40',
  '',
];
const leaf = fc.oneof(
  fc.constantFrom(...CODES),
  fc.string({ maxLength: 40 }),
  fc.integer(),
  fc.double(),
  fc.constantFrom(
    null,
    undefined,
    true,
    false,
    Number.NaN,
    Number.POSITIVE_INFINITY,
    -1,
    0,
    2 ** 53,
    'x'.repeat(10_000),
  ),
);
const { value: structured } = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    leaf,
    fc.array(tie('value'), { maxLength: 4 }),
    tie('object'),
  ),
  object: fc.dictionary(fc.constantFrom(...FIELDS), tie('value'), { maxKeys: 8 }),
}));
const input = fc.oneof(fc.anything(), structured);

describeOnEachDatabase(
  'every procedure under fuzzed input',
  (database) => {
    let caller: Caller;
    beforeAll(async () => {
      caller = (await callerAs(database().db, 'admin')).caller;
    });
    let cases = 0;
    const outcomes = new Map<string, number>();
    const tally = (k: string) => outcomes.set(k, (outcomes.get(k) ?? 0) + 1);
    test.each(PATHS)('%s answers any input with a result or a typed client error', async (path) => {
      let procedure: unknown = caller;
      for (const part of path.split('.')) procedure = (procedure as Record<string, unknown>)[part];
      await fc.assert(
        fc.asyncProperty(input, async (value) => {
          cases++;
          try {
            await (procedure as (i: unknown) => Promise<unknown>)(value);
            tally('ok');
          } catch (error) {
            tally(error instanceof TRPCError ? error.code : 'not a TRPCError');
            expect(error).toBeInstanceOf(TRPCError);
            const e = error as TRPCError;
            expect(
              e.code,
              `${path}(${JSON.stringify(value)?.slice(0, 200)}): ${e.message}`,
            ).not.toBe('INTERNAL_SERVER_ERROR');
            expect(e.message.length).toBeGreaterThan(0);
            if (
              e.cause instanceof ZodError &&
              value !== null &&
              typeof value === 'object' &&
              !Array.isArray(value)
            ) {
              // An object with a bad field: each message points at that field.
              for (const issue of e.cause.issues)
                expect(
                  issue.path.length + (issue.code === 'invalid_union' ? 1 : 0),
                  `${path}: ${issue.message}`,
                ).toBeGreaterThan(0);
            }
          }
        }),
        { numRuns: Number(process.env.TIANSHAN_FUZZ_RUNS ?? 150) },
      );
    });

    afterAll(() =>
      console.log(
        `fuzz (${database().dialect}): ${cases} inputs tried on ${PATHS.length} procedures; outcomes ${JSON.stringify(Object.fromEntries(outcomes))}`,
      ),
    );

    test('the fuzzer reaches past validation: some inputs are accepted and some refused', () => {
      expect(outcomes.get('ok') ?? 0).toBeGreaterThan(0);
      expect(outcomes.get('BAD_REQUEST') ?? 0).toBeGreaterThan(0);
    });
  },
  { seed: true },
);
