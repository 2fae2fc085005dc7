/**
 * Whether a filter narrows nothing beyond `ignored` keys: every other field unset, an empty list, blank
 * text or false. A field added to a filter later therefore counts as narrowing until it is named here,
 * so a precomputed total is never served for a filter it does not answer.
 */
export function narrowsOnly(filter: object, ignored: readonly string[]): boolean {
  return Object.entries(filter).every(
    ([key, value]) =>
      ignored.includes(key) ||
      value === undefined ||
      value === false ||
      (Array.isArray(value) ? value.length === 0 : String(value).trim() === ''),
  );
}
