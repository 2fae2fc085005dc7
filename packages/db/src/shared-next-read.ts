/**
 * `read` shared by callers that ask while it runs: each of them gets the next read, which starts when the
 * one under way ends, never the one under way, which may have started before they asked. So a caller
 * always gets a value read after its call, and callers arriving together cost one read between them.
 */
export function sharedNextRead<T>(read: () => Promise<T>): () => Promise<T> {
  let running: Promise<void> | null = null;
  let next: Promise<T> | null = null;
  const start = (): Promise<T> => {
    const value = read();
    const settled = value.then(
      () => undefined,
      () => undefined,
    );
    running = settled;
    void settled.then(() => {
      if (running === settled) running = null;
    });
    return value;
  };
  return () => {
    if (!running) return start();
    next ??= running.then(() => {
      next = null;
      return start();
    });
    return next;
  };
}
