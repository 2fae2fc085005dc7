import { afterAll, beforeAll, describe } from 'vitest';
import {
  postgresUnavailableReason,
  startPostgresServer,
  type PostgresServer,
} from './postgres-server';

/**
 * A describe block with its own throwaway PostgreSQL server, started before its tests and deleted after.
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
      server = await startPostgresServer();
    });
    afterAll(() => server?.stop());
    body(() => {
      if (!server) throw new Error('the PostgreSQL server did not start');
      return server;
    });
  });
}
