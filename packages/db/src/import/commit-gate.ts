let running: Promise<unknown> = Promise.resolve();

/**
 * Resolves once no import commit of this process is writing. Other writes await it instead of waiting out
 * SQLite's busy timeout, which would block the server thread and then fail after five seconds.
 */
export function whenImportsSettled(): Promise<void> {
  return running.then(
    () => undefined,
    () => undefined,
  );
}

/** Queues `work` after the commits already running; writes that await `whenImportsSettled` wait for it too. */
export function runAfterImports<T>(work: () => Promise<T>): Promise<T> {
  const next = whenImportsSettled().then(work);
  running = next;
  return next;
}
