import { aProject } from '@tianshan/db/testing';
import { expect, test } from './support/fixtures';
import { mutate, raw, sessionCookie } from './support/http';
import { sharedE2eDatabase, startOwnServer, type OwnServer } from './support/own-server';
import { uniqueTag } from './support/unique';

/**
 * Two web processes on one database, as behind a load balancer: an edit through one shows on the other's
 * next anonymous page, although each keeps its own response and query caches (they compare the database's
 * write version, which every write transaction moves). The second process is started on the same database
 * as the shared server: `DATABASE_URL` in a PostgreSQL run, the same SQLite file otherwise.
 */
test.describe.configure({ mode: 'serial' });

let other: OwnServer;
test.beforeAll(async () => {
  other = await startOwnServer(sharedE2eDatabase(), (port) => {
    const origin = `http://127.0.0.1:${port}`;
    return { TIANSHAN_ORIGIN: origin, BETTER_AUTH_URL: origin, TIANSHAN_SIGNIN_MAX: '100' };
  });
});
test.afterAll(async () => {
  await other.stop();
});

/** Asks `url` until its cache answers, so the page the next edit must replace is really kept there. */
async function cachedBody(url: string): Promise<string> {
  let body = '';
  await expect
    .poll(
      async () => {
        const response = await raw('GET', url, {});
        body = response.body;
        return response.headers['x-tianshan-cache'];
      },
      { message: `${url} is answered from the cache`, timeout: 20_000 },
    )
    .toBe('hit');
  return body;
}

test('an edit through one process shows on the other process’s next anonymous page', async () => {
  const editor = await sessionCookie('editor');
  const project = aProject({ name: `Two servers ${uniqueTag()}` });
  const { id } = await mutate('records.create', { kind: 'project', data: project }, editor);
  const onOther = `${other.url}/projects/${id}`;
  expect(await cachedBody(onOther)).toContain(project.name);

  const renamed = `${project.name} renamed`;
  await mutate(
    'records.update',
    // A record just created is at version 1.
    { kind: 'project', id, version: 1, data: { ...project, name: renamed }, reason: 'two servers' },
    editor,
  );

  const next = await raw('GET', onOther, {});
  expect(next.body).toContain(renamed);
  expect(next.headers['x-tianshan-cache']).toBe('miss');
});
