import { COUNTRIES, countryName, SCOPE_CODES, SECTORS, type ScopeCode } from '@tianshan/model';
import { toUrlSearchParams, type RawSearchParams } from './parsers';

/**
 * Reading a view's filters from its URL, for its page and its CSV export alike. Obvious spellings are
 * accepted (`kz`, `Kazakhstan`, `FDI stock`); anything else is never dropped silently: it is returned as
 * ignored, with the reason, so the page can say so and the export can refuse rather than download a table
 * its reader believes is filtered.
 */
export interface IgnoredParam {
  param: string;
  value: string;
  reason: string;
}

interface Read<T> {
  value: T;
  /** The given values this parameter could not use, each with why. */
  rejected: { value: string; reason: string }[];
}

/** How one URL parameter is read from all its given values (blank ones already left out). */
export type ParamReader<T> = (values: string[]) => Read<T>;

type Readers = Record<string, ParamReader<unknown>>;
export type ReadValues<R extends Readers> = { [K in keyof R]: ReturnType<R[K]>['value'] };

/** "FDI stock", "fdi_stock" and "FDI-Stock" are the same spelling. */
const spelling = (text: string) =>
  text
    .trim()
    .toLowerCase()
    .replace(/[\s_]+/g, '-');

/**
 * A repeatable parameter naming codes from a fixed list. Each code is also known by its aliases (a
 * label, a name); a comma-separated value is read as several.
 */
export function codeList<Code extends string>(
  codes: readonly Code[],
  options: { aliases?: (code: Code) => readonly string[]; expected: string },
): ParamReader<Code[] | undefined> {
  const known = new Map<string, Code>();
  for (const code of codes) {
    known.set(spelling(code), code);
    for (const alias of options.aliases?.(code) ?? []) known.set(spelling(alias), code);
  }
  return (values) => {
    const picked: Code[] = [];
    const rejected: Read<unknown>['rejected'] = [];
    for (const value of values.flatMap((v) => v.split(','))) {
      if (value.trim() === '') continue;
      const code = known.get(spelling(value));
      if (code === undefined) rejected.push({ value, reason: `not ${options.expected}` });
      else if (!picked.includes(code)) picked.push(code);
    }
    return { value: picked.length ? picked : undefined, rejected };
  };
}

const countryAliases = (code: ScopeCode): string[] => {
  const country = COUNTRIES.find((c) => c.code === code);
  return country ? [country.name, country.slug] : [countryName(code), 'Central Asia', 'all five'];
};

/** Countries by code in any case, by name or by the slug of their page; `C5` also as "Central Asia". */
export function scopeList(): ParamReader<ScopeCode[] | undefined>;
export function scopeList<Code extends ScopeCode>(
  codes: readonly Code[],
): ParamReader<Code[] | undefined>;
export function scopeList(codes: readonly ScopeCode[] = SCOPE_CODES) {
  return codeList(codes, {
    aliases: countryAliases,
    expected: `a country this view knows (${codes.join(', ')}, or a country's name)`,
  });
}

export const sectorList = codeList(SECTORS, { expected: `a sector (${SECTORS.join(', ')})` });

/** One value only: the first is read, any further one is reported. */
function single<T>(read: (value: string) => T | string): ParamReader<T | undefined> {
  return (values) => {
    const [first, ...rest] = values;
    const rejected = rest.map((value) => ({ value, reason: 'given more than once' }));
    if (first === undefined) return { value: undefined, rejected };
    const result = read(first);
    // A reader returns a string only to say why it could not read the value.
    if (typeof result === 'string')
      return { value: undefined, rejected: [{ value: first, reason: result }, ...rejected] };
    return { value: result, rejected };
  };
}

const FIRST_YEAR = 1991;
const LAST_YEAR = 2100;

/** A whole year: `2020x` or `20.20` is not 2020. */
export const year = single<number>((value) => {
  const t = value.trim();
  if (!/^\d{4}$/.test(t)) return 'not a year (four digits, e.g. 2024)';
  const n = Number(t);
  if (n < FIRST_YEAR || n > LAST_YEAR) return `not a year between ${FIRST_YEAR} and ${LAST_YEAR}`;
  return n;
});

/** `2024`, `2024-05` or `2024-05-18`. */
export const partialDate = single<{ date: string }>((value) => {
  const t = value.trim();
  return /^\d{4}(-\d{2}(-\d{2})?)?$/.test(t)
    ? { date: t }
    : 'not a date written YYYY, YYYY-MM or YYYY-MM-DD';
});

const YES = ['true', '1', 'yes', 'on'];
const NO = ['false', '0', 'no', 'off'];

/** A switch: `true`, `1`, `yes` or `on` turns it on; `false`, `0`, `no` or `off` (or nothing) leaves it off. */
export const flag = single<{ on: boolean }>((value) => {
  const t = value.trim().toLowerCase();
  if (YES.includes(t)) return { on: true };
  if (NO.includes(t)) return { on: false };
  return `not a yes or no (${YES[0]} or ${NO[0]})`;
});

/** Text that must match a pattern (an HS code). */
export const matching = (pattern: RegExp, expected: string) =>
  single<{ text: string }>((value) => {
    const t = value.trim();
    return pattern.test(t) ? { text: t } : `not ${expected}`;
  });

/** Free text: always read, trimmed and cut to a length the search accepts. */
export const freeText: ParamReader<string | undefined> = (values) => {
  const t = values.join(' ').trim().slice(0, 200);
  return { value: t || undefined, rejected: [] };
};

/** One of a few words, with a default when absent or unreadable. */
export function oneWord<Word extends string>(words: readonly Word[], fallback: Word) {
  const reader = single<{ word: Word }>((value) => {
    const word = words.find((w) => spelling(w) === spelling(value));
    return word === undefined ? `not one of ${words.join(', ')}` : { word };
  });
  return (values: string[]): Read<Word> => {
    const read = reader(values);
    return { value: read.value?.word ?? fallback, rejected: read.rejected };
  };
}

/**
 * Reads every parameter a view knows from the URL. A parameter the view does not know is reported
 * too: `contry=KZ` filters nothing, and its reader should learn that.
 */
export function readParams<R extends Readers>(
  readers: R,
  raw: RawSearchParams | URLSearchParams,
  options: { alsoAllowed?: readonly string[] } = {},
): { values: ReadValues<R>; ignored: IgnoredParam[] } {
  const given = toUrlSearchParams(raw);
  const values: Record<string, unknown> = {};
  const ignored: IgnoredParam[] = [];
  for (const [param, read] of Object.entries(readers)) {
    const result = read(given.getAll(param).filter((v) => v.trim() !== ''));
    values[param] = result.value;
    for (const r of result.rejected) ignored.push({ param, ...r });
  }
  const names = Object.keys(readers);
  const allowed = new Set([...names, ...(options.alsoAllowed ?? [])]);
  for (const param of new Set(given.keys())) {
    if (allowed.has(param)) continue;
    ignored.push({
      param,
      value: given.getAll(param).join(', '),
      reason: `not a filter of this view (its filters are ${names.join(', ')})`,
    });
  }
  return { values: values as ReadValues<R>, ignored };
}
