import { aProject } from '@tianshan/db/testing';
import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { mutate, sessionCookie } from './support/http';
import { createOwnUser } from './support/own-users';
import { signIn } from './support/sign-in';
import { uniqueTag } from './support/unique';

test.use({
  expectedConsoleErrors: {
    // The browser reports the refused save's 409 on the console; refusing it is the point of the test.
    'the stale save is refused on purpose': {
      text: /the server responded with a status of 409/,
      url: /\/api\/trpc\/records\.update/,
    },
  },
});

const editForm = (page: Page) => page.getByRole('form', { name: 'Edit project' });

test('two editors open one record: the later save is refused with what changed, keeps its input, and both edits land after a reload', async ({
  page,
  browser,
}) => {
  const [first, second] = [await createOwnUser('editor'), await createOwnUser('editor')];
  const project = aProject({ name: `Stale edit ${uniqueTag()}`, status: 'under-construction' });
  const { id } = await mutate(
    'records.create',
    { kind: 'project', data: project },
    await sessionCookie(first),
  );
  const editUrl = `/admin/records/project/${id}`;

  // The first editor works in a browser context of their own (own cookies), watched for errors too.
  const firstContext = await browser.newContext();
  const firstErrors: string[] = [];
  firstContext.on('weberror', (error) => firstErrors.push(error.error().message));
  firstContext.on('console', (message) => {
    if (message.type() === 'error') firstErrors.push(message.text());
  });
  const firstPage = await firstContext.newPage();
  await signIn(firstPage, first, editUrl);
  await signIn(page, second, editUrl);
  // Both forms are open (and hydrated: the name field is filled) before either saves.
  await expect(editForm(firstPage).getByRole('textbox', { name: 'Name', exact: true })).toHaveValue(
    project.name,
  );
  await expect(editForm(page).getByRole('textbox', { name: 'Name', exact: true })).toHaveValue(
    project.name,
  );

  await editForm(firstPage)
    .getByRole('combobox', { name: 'Status', exact: true })
    .selectOption('operating');
  await editForm(firstPage).getByRole('button', { name: 'Save changes' }).click();
  await expect(firstPage.getByTestId('history')).toContainText('update by');

  const renamed = `${project.name} renamed`;
  await editForm(page).getByRole('textbox', { name: 'Name', exact: true }).fill(renamed);
  await editForm(page).getByRole('button', { name: 'Save changes' }).click();
  const notice = page.getByTestId('stale-edit');
  await expect(notice).toContainText('someone else changed this record');
  await expect(notice).toContainText(/Status: under-construction\s*→\s*operating/);
  // The refused input is still in the form, exactly as typed.
  await expect(editForm(page).getByRole('textbox', { name: 'Name', exact: true })).toHaveValue(
    renamed,
  );
  await expect(editForm(page).getByRole('combobox', { name: 'Status', exact: true })).toHaveValue(
    'under-construction',
  );

  // After a reload the form holds the first editor's status; the rename made again saves on top of it.
  await page.reload();
  await expect(editForm(page).getByRole('combobox', { name: 'Status', exact: true })).toHaveValue(
    'operating',
  );
  await editForm(page).getByRole('textbox', { name: 'Name', exact: true }).fill(renamed);
  await editForm(page).getByRole('button', { name: 'Save changes' }).click();
  // Created, then one update by each editor; the form shows the record as both left it.
  await expect(page.getByTestId('history').locator(':scope > li')).toHaveCount(3);
  await page.reload();
  await expect(editForm(page).getByRole('textbox', { name: 'Name', exact: true })).toHaveValue(
    renamed,
  );
  await expect(editForm(page).getByRole('combobox', { name: 'Status', exact: true })).toHaveValue(
    'operating',
  );

  await firstContext.close();
  expect(firstErrors, 'the first editor’s browser reported no errors').toEqual([]);
});
