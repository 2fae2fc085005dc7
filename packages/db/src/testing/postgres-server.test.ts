import { existsSync } from 'node:fs';
import { connect } from 'node:net';
import { Client } from 'pg';
import { expect, test } from 'vitest';
import { postgresUnavailableReason, startPostgresServer } from './postgres-server';

const portAccepts = (port: number) =>
  new Promise<boolean>((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });

const unavailable = postgresUnavailableReason();

test.skipIf(unavailable !== null)(
  'a throwaway server accepts the tianshan role on its own database, then stops and leaves nothing behind' +
    (unavailable ? ` (skipped: ${unavailable})` : ''),
  async () => {
    const server = await startPostgresServer();
    let dataDir = '';
    try {
      const client = new Client({ connectionString: await server.createDatabase('probe') });
      await client.connect();
      const row = await client.query<{ role: string; dir: string }>(
        "SELECT current_user AS role, current_setting('data_directory') AS dir",
      );
      await client.end();
      expect(row.rows[0]?.role).toBe('tianshan');
      dataDir = row.rows[0]?.dir ?? '';
      expect(existsSync(dataDir)).toBe(true);
    } finally {
      server.stop();
    }
    expect(existsSync(dataDir)).toBe(false);
    expect(await portAccepts(server.port)).toBe(false);
  },
);
