import type { Db } from '@tianshan/db/client';
import { inlineParams } from './inline-sql';
import { statementCapture, type StatementCapture } from './statement-capture';

type Runner = (...params: unknown[]) => unknown;
const RUNNERS = ['all', 'get', 'run', 'iterate'] as const;

/**
 * Every statement run on this connection, with its parameters inlined, while capturing is on. The reads
 * prepare their statements on the driver once and rerun them (`preparedFor`), so Drizzle's logger never sees
 * them: the capture has to sit on the driver's statements, as the PostgreSQL one sits on the pool's `query`.
 */
export function capturingStatements(client: Db['$client']): StatementCapture {
  const { record, ...capture } = statementCapture();
  const prepare = client.prepare.bind(client);
  Object.assign(client, {
    prepare: (source: string) => {
      const statement = prepare(source);
      for (const name of RUNNERS) {
        const runner = (statement[name] as Runner).bind(statement);
        // Own properties on the statement itself, so `raw(true)`, which returns the same object, keeps them.
        Object.assign(statement, {
          [name]: (...params: unknown[]) => {
            record(() => inlineParams(source, params));
            return runner(...params);
          },
        });
      }
      return statement;
    },
  });
  return capture;
}
