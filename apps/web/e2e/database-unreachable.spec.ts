import { expect, test } from './support/fixtures';
import { closedPort, nextStartUntilExit } from './support/own-server';

/**
 * An operator whose DATABASE_URL names a PostgreSQL server that is not there: the server says so in one
 * line naming the host and port (never the password) and exits with an error, rather than printing a stack
 * and staying up to fail every request. Any run: the server under test has a database of its own.
 */
test('a server whose PostgreSQL cannot be reached says where in one line, and exits', async () => {
  const port = await closedPort();
  const { code, output } = await nextStartUntilExit({
    file: '',
    url: `postgres://tianshan:not-for-logs@127.0.0.1:${port}/tianshan`,
  });
  expect(code, output).not.toBe(null);
  expect(code, output).not.toBe(0);
  const lines = output.split('\n').filter((line) => line.includes('Tianshan cannot start'));
  expect(lines, output).toEqual([
    `Tianshan cannot start: database postgres://tianshan:***@127.0.0.1:${port}/tianshan: connection refused (is the server running on that port?)`,
  ]);
  expect(output).not.toContain('not-for-logs');
  expect(output, 'no stack trace').not.toMatch(/^\s+at /m);
});
