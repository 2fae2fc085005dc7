/**
 * Many distinct filter combinations of the list views, in a fixed shuffled order, so a load test asks for
 * URLs the response cache has not seen (each cached page is keyed by its whole query string). The values
 * are a handful of the model's own codes; the order is fixed (seeded) so runs are comparable.
 */
const COUNTRIES = ['KZ', 'KG', 'TJ', 'TM', 'UZ'];
const COUNTRY_SLUGS = ['kazakhstan', 'kyrgyzstan', 'tajikistan', 'turkmenistan', 'uzbekistan'];

type Choices = Record<string, (string | undefined)[]>;

/** Every combination of the choices (undefined = the parameter left out), as `path?query`. */
function combinations(path: string, choices: Choices): string[] {
  let queries: URLSearchParams[] = [new URLSearchParams()];
  for (const [name, options] of Object.entries(choices)) {
    queries = queries.flatMap((q) =>
      options.map((value) => {
        const next = new URLSearchParams(q);
        if (value !== undefined) next.append(name, value);
        return next;
      }),
    );
  }
  return queries.map((q) => (q.size > 0 ? `${path}?${q.toString()}` : path));
}

/** Fisher–Yates with a small seeded generator (mulberry32): the same order on every run. */
function shuffled<T>(items: T[], seed = 20261126): T[] {
  const out = [...items];
  let state = seed;
  const random = () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

const years = (from: number, to: number) =>
  Array.from({ length: to - from + 1 }, (_, i) => String(from + i));

export function tradeUrls(): string[] {
  return shuffled(
    combinations('/trade', {
      country: [undefined, ...COUNTRIES, 'C5'],
      from: years(2000, 2024),
      period: [undefined, 'year', 'quarter', 'month'],
      reporter: [undefined, 'CN', 'KZ'],
      to: [undefined, '2025'],
    }),
  );
}

export function projectUrls(): string[] {
  return shuffled(
    combinations('/projects', {
      country: [undefined, ...COUNTRIES],
      sector: [undefined, 'energy', 'mining', 'transport', 'agriculture', 'digital', 'finance'],
      status: [undefined, 'announced', 'under-construction', 'operating', 'completed'],
      q: [undefined, 'rail', 'power', 'road'],
      sort: ['name', 'value', 'start', 'completion', 'status'],
      dir: ['asc', 'desc'],
    }),
  );
}

export const countryUrls = () => COUNTRY_SLUGS.map((slug) => `/countries/${slug}`);

/**
 * Each call returns the next URL, wrapping round at the end. One cursor for the whole benchmark, so the
 * later rounds go on to URLs the earlier ones did not ask for.
 */
export function inTurn(urls: string[]): () => string {
  let next = 0;
  return () => {
    const url = urls[next % urls.length] as string;
    next++;
    return url;
  };
}
