import {
  parseAsInteger,
  parseAsNativeArrayOf,
  parseAsString,
  parseAsStringLiteral,
} from 'nuqs/server';

/**
 * URL parameters are the single source of truth for every view's filters. Lists use repeated keys
 * (`?country=KZ&country=KG`) so a plain GET form, a shared link and the CSV export all speak the same format.
 */
export const listOf = <Literal extends string>(values: readonly Literal[]) =>
  parseAsNativeArrayOf(parseAsStringLiteral(values));

export const yearParam = parseAsInteger;
export const searchParam = parseAsString;

export type RawSearchParams = Record<string, string | string[] | undefined>;

/** Next hands pages a plain object and route handlers a URLSearchParams; loaders accept either. */
export function toUrlSearchParams(raw: RawSearchParams | URLSearchParams): URLSearchParams {
  if (raw instanceof URLSearchParams) return raw;
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(raw)) {
    for (const v of Array.isArray(value) ? value : value === undefined ? [] : [value])
      params.append(key, v);
  }
  return params;
}
