import { afterEach, expect, test, vi } from 'vitest';
import { databaseTarget } from './env';

afterEach(() => vi.unstubAllEnvs());

test('DATABASE_URL chooses PostgreSQL; unset or empty, the SQLite file', () => {
  vi.stubEnv('TIANSHAN_DB', '/tmp/some.db');
  vi.stubEnv('DATABASE_URL', 'postgres://tianshan@db.example:5432/tianshan');
  expect(databaseTarget()).toEqual({
    dialect: 'postgres',
    url: 'postgres://tianshan@db.example:5432/tianshan',
  });
  vi.stubEnv('DATABASE_URL', 'postgresql://db.example/tianshan');
  expect(databaseTarget().dialect).toBe('postgres');
  vi.stubEnv('DATABASE_URL', '');
  expect(databaseTarget()).toEqual({ dialect: 'sqlite', file: '/tmp/some.db' });
});

test('refuses a DATABASE_URL of another kind instead of quietly using SQLite', () => {
  vi.stubEnv('DATABASE_URL', 'mysql://db.example/tianshan');
  expect(() => databaseTarget()).toThrow(/postgres:\/\//);
});
