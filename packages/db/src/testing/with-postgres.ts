import { afterAll, beforeAll, describe, inject } from 'vitest';
import {
  postgresUnavailableReason,
  sharedPostgresServer,
  startPostgresServer,
  type PostgresServer,
} from './postgres-server';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The port of the test run's shared PostgreSQL server (`postgres-run-server.ts`), if it has one. */
    tianshanPostgresPort?: number;
  }
}

/**
 * A describe block with a PostgreSQL server to make its databases on: the test run's shared server where the
 * package's Vitest config starts one (`postgres-run-server.ts`), else a throwaway server of its own, started
 * before its tests and deleted after.
 * Where the binaries are missing it is skipped, and its title says why (CI installs them, so it runs there).
 */
export function describeWithPostgres(
  name: string,
  body: (server: () => PostgresServer) => void,
): void {
  const unavailable = postgresUnavailableReason();
  const title = unavailable ? `${name} (skipped: ${unavailable})` : name;
  describe.skipIf(unavailable !== null)(title, () => {
    let server: PostgresServer | undefined;
    beforeAll(async () => {
      const shared = inject('tianshanPostgresPort');
      server = shared ? sharedPostgresServer(shared) : await startPostgresServer();
    });
    afterAll(() => server?.stop());
    body(() => {
      if (!server) throw new Error('the PostgreSQL server did not start');
      return server;
    });
  });
}
