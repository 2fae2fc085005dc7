import type { TestProject } from 'vitest/node';
import { postgresUnavailableReason, startPostgresServer } from './postgres-server';

/**
 * Vitest global setup (db, api and auth packages): one throwaway PostgreSQL server for the whole run, on
 * which each `describeWithPostgres` block makes databases of its own. A server per block cost about two
 * seconds each (initdb, start, stop), 42 times per CI run; a database costs a tenth of that.
 */
export default async function startRunServer(project: TestProject) {
  if (postgresUnavailableReason() !== null) return;
  // Test files run in parallel, each with pools of up to 10 connections and child processes of their own.
  const server = await startPostgresServer({ settings: { max_connections: '200' } });
  project.provide('tianshanPostgresPort', server.port);
  return () => server.stop();
}
