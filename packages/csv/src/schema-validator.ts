import type { CsvRowValidator } from './import-types';

/**
 * The part of a zod schema the importer needs. Typed structurally so this package does not
 * depend on zod; a zod 4 object schema fits as it is.
 */
export interface SafeParseSchema<T> {
  safeParse(input: unknown):
    | { success: true; data: T }
    | {
        success: false;
        error: { issues: readonly { path: readonly PropertyKey[]; message: string }[] };
      };
}

/**
 * A row validator from a schema: each issue becomes an error on the column its path starts with
 * (or on the row, for a check across columns).
 */
export function validatorFromSchema<T>(schema: SafeParseSchema<T>): CsvRowValidator<T> {
  return (row) => {
    const result = schema.safeParse(row);
    if (result.success) return { ok: true, value: result.data };
    return {
      ok: false,
      errors: result.error.issues.map((issue) => {
        const [first] = issue.path;
        return { column: typeof first === 'string' ? first : null, message: issue.message };
      }),
    };
  };
}
