/**
 * How long an export may wait for its client to take more rows. While it waits it pins the WAL (its
 * snapshot needs the pages every later write replaces), so a client that stops reading would otherwise
 * stop the WAL from ever being rewound; a minute is far beyond any pause of a client that is still reading.
 */
export const EXPORT_IDLE_LIMIT_MS = 60_000;

/** The export was ended because its client took no rows for the idle limit; its snapshot is released. */
export class ExportStalledError extends Error {
  constructor(readonly idleLimitMs: number) {
    super(
      `export stopped: the client read nothing for ${idleLimitMs / 1000} s, so the server let go of it; download it again`,
    );
  }
}

/**
 * `rows`, closed early (running its `finally`, which releases its database snapshot) once the consumer
 * has not asked for a row for `limitMs`. A consumer that comes back later gets an {@link ExportStalledError}
 * instead of a silently shortened file. One timer per limit period, not per row: exports run to millions
 * of rows. `onRelease` runs when it lets go (the server logs it; tests wait for it rather than for time).
 */
export function* releasedWhenIdle<T>(
  rows: Iterator<T>,
  limitMs: number,
  onRelease?: () => void,
): Generator<T> {
  let lastPull = performance.now();
  let released = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const check = () => {
    const idle = performance.now() - lastPull;
    if (idle < limitMs) {
      timer = setTimeout(check, limitMs - idle).unref();
      return;
    }
    timer = undefined;
    released = true;
    // `rows` is suspended at its yield (this generator is too, or the timer could not run): returning
    // it runs its cleanup now rather than when the consumer next asks.
    rows.return?.();
    onRelease?.();
  };
  try {
    for (;;) {
      const next = rows.next();
      if (next.done === true) return;
      timer ??= setTimeout(check, limitMs).unref();
      yield next.value;
      if (released) throw new ExportStalledError(limitMs);
      lastPull = performance.now();
    }
  } finally {
    clearTimeout(timer);
    rows.return?.();
  }
}
