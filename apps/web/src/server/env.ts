import 'server-only';

/** The web app's environment, read in one place. */
export const env = {
  /** The public origin (scheme + host + port) used for cookies, trusted origins and the CSRF check. */
  origin: process.env.TIANSHAN_ORIGIN ?? process.env.BETTER_AUTH_URL ?? null,
  signInMax: Number(process.env.TIANSHAN_SIGNIN_MAX ?? 5),
  signInWindowSeconds: Number(process.env.TIANSHAN_SIGNIN_WINDOW ?? 60),
  /** `TIANSHAN_RESPONSE_CACHE=off` renders every page and answers every query afresh (benchmarks, debugging). */
  responseCache: process.env.TIANSHAN_RESPONSE_CACHE !== 'off',
};
