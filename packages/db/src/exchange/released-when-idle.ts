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
 * The timer both kinds of stream share: one timer per limit period, not per row (exports run to millions of
 * rows). `release` runs once the consumer has not pulled for `limitMs`.
 */
function idleWatch(limitMs: number, release: () => void) {
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
    release();
  };
  return {
    /** A row is about to be handed over: the watch starts with the first. */
    handing() {
      timer ??= setTimeout(check, limitMs).unref();
    },
    /** The consumer came back for more: an error if it was let go meanwhile. */
    pulled() {
      if (released) throw new ExportStalledError(limitMs);
      lastPull = performance.now();
    },
    stop() {
      clearTimeout(timer);
    },
  };
}

/**
 * `rows`, closed early (running its `finally`, which releases its database snapshot) once the consumer
 * has not asked for a row for `limitMs`. A consumer that comes back later gets an {@link ExportStalledError}
 * instead of a silently shortened file. `onRelease` runs when it lets go (the server logs it; tests wait
 * for it rather than for time).
 */
export function* releasedWhenIdle<T>(
  rows: Iterator<T>,
  limitMs: number,
  onRelease?: () => void,
): Generator<T> {
  const watch = idleWatch(limitMs, () => {
    // `rows` is suspended at its yield (this generator is too, or the timer could not run): returning
    // it runs its cleanup now rather than when the consumer next asks.
    rows.return?.();
    onRelease?.();
  });
  try {
    for (;;) {
      const next = rows.next();
      if (next.done === true) return;
      watch.handing();
      yield next.value;
      watch.pulled();
    }
  } finally {
    watch.stop();
    rows.return?.();
  }
}

/**
 * As {@link releasedWhenIdle}, for rows read asynchronously (PostgreSQL's cursor): the read is returned
 * when the consumer stalls, which releases its connection and transaction as soon as its current fetch ends.
 */
export async function* releasedWhenIdleAsync<T>(
  rows: AsyncIterator<T>,
  limitMs: number,
  onRelease?: () => void,
): AsyncGenerator<T> {
  const watch = idleWatch(limitMs, () => {
    void rows.return?.().finally(() => onRelease?.());
  });
  try {
    for (;;) {
      const next = await rows.next();
      if (next.done === true) return;
      watch.handing();
      yield next.value;
      watch.pulled();
    }
  } finally {
    watch.stop();
    await rows.return?.();
  }
}
