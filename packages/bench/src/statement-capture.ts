/**
 * The statements a benchmark case runs, as text ready for the database's own CLI: `record` is called for
 * every statement run, and only those between `start` and `take` are kept. It takes the text as a function,
 * so the timed runs between captures do not pay for writing it.
 */
export function statementCapture() {
  let captured: string[] | null = null;
  return {
    record: (text: () => string) => void captured?.push(text()),
    start: () => void (captured = []),
    take: (): string[] => {
      const statements = captured ?? [];
      captured = null;
      return statements;
    },
  };
}

export type StatementCapture = Omit<ReturnType<typeof statementCapture>, 'record'>;
