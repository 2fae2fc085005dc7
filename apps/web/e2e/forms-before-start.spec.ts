import { expect, test } from './support/fixtures';
import { holdAppStart } from './support/hold-app-start';
import { signIn } from './support/sign-in';
import { E2E_USERS } from './support/users';

/**
 * The forms are server-rendered, so a reader can type into them before the app's scripts have run (a slow
 * phone, a slow link). What they typed must survive the app's start, and a form sent in that moment must
 * not go out as the browser's own submission: a GET that put the password in the address bar and history.
 * Until the app runs, the send button is disabled (which also stops Enter from sending).
 */

test('a sign-in sent before the app starts keeps the password out of the address, then signs in', async ({
  page,
}) => {
  const user = E2E_USERS.editor;
  const requested: string[] = [];
  page.on('request', (request) => requested.push(request.url()));
  const chunks = await holdAppStart(page);
  await page.goto('/sign-in?next=%2Fadmin', { waitUntil: 'domcontentloaded' });
  await page.getByLabel('Email').fill(user.email);
  await page.getByLabel('Password').fill(user.password);
  await page.getByLabel('Password').press('Enter');
  const send = page.getByRole('button', { name: 'Sign in' });
  await expect(send).toBeDisabled();
  chunks.release();
  await expect(send).toBeEnabled();
  await expect(page.getByLabel('Email')).toHaveValue(user.email);
  await expect(page.getByLabel('Password')).toHaveValue(user.password);
  expect(requested.filter((url) => new URL(url).searchParams.has('password'))).toEqual([]);
  await send.click();
  await expect(page.getByRole('banner').getByText(`${user.email} (editor)`)).toBeVisible();
});

test('what an editor types into a record form before the app starts is kept once it has started', async ({
  page,
}) => {
  await signIn(page, 'editor');
  const chunks = await holdAppStart(page);
  await page.goto('/admin/records/project/new', { waitUntil: 'domcontentloaded' });
  const form = page.getByRole('form', { name: 'Add project' });
  await form.getByRole('textbox', { name: 'Name', exact: true }).fill('Typed before the start');
  await form.getByRole('checkbox', { name: 'Tajikistan' }).check();
  await form.getByLabel('Source title').fill('A bulletin typed early');
  await form.getByLabel('Source web address').fill('not a web address');
  await form.getByLabel(/Reason for the change/).fill('typed before the scripts ran');
  const send = form.getByRole('button', { name: 'Add project' });
  await expect(send).toBeDisabled();
  chunks.release();
  await expect(send).toBeEnabled();
  await expect(form.getByRole('textbox', { name: 'Name', exact: true })).toHaveValue(
    'Typed before the start',
  );
  await expect(form.getByRole('checkbox', { name: 'Tajikistan' })).toBeChecked();
  await expect(form.getByLabel('Source title')).toHaveValue('A bulletin typed early');
  await expect(form.getByLabel('Source web address')).toHaveValue('not a web address');
  await expect(form.getByLabel(/Reason for the change/)).toHaveValue(
    'typed before the scripts ran',
  );
  // The form's own state has it too, not only the fields on screen: its check refuses the address typed
  // early (so nothing is saved) and finds the name and the countries given.
  await send.click();
  await expect(form.getByText(/must be a web address/)).toBeVisible();
  await expect(form.getByText(/^Name:/)).toHaveCount(0);
  await expect(form.getByText(/^Countries:/)).toHaveCount(0);
});

test('an edit form shows the record as stored before the app starts, and the same once it has started', async ({
  page,
}) => {
  await signIn(page, 'editor');
  await page.goto('/projects');
  const link = page
    .getByRole('table', { name: 'Projects matching the filters' })
    .locator('a[href^="/projects/"]')
    .first();
  const projectName = (await link.innerText()).trim();
  const projectPath = await link.getAttribute('href');
  const id = /^\/projects\/(\d+)/.exec(projectPath ?? '')?.[1];
  expect(id, `a project link, got ${projectPath}`).toBeTruthy();
  const chunks = await holdAppStart(page);
  await page.goto(`/admin/records/project/${id}`, { waitUntil: 'domcontentloaded' });
  const form = page.getByRole('form', { name: 'Edit project' });
  const name = form.getByRole('textbox', { name: 'Name', exact: true });
  const ticked = form
    .getByRole('group', { name: /Countries/ })
    .getByRole('checkbox', { checked: true });
  const citation = form.getByTestId('citation-0');
  // Before the scripts: the server's HTML alone carries the stored values.
  await expect(name).toHaveValue(projectName);
  await expect(ticked).not.toHaveCount(0);
  const countries = await ticked.count();
  await expect(citation.getByRole('radio', { name: 'An existing source' })).toBeChecked();
  await expect(citation.getByRole('combobox', { name: 'Source' })).not.toHaveValue('');
  const source = await citation.getByRole('combobox', { name: 'Source' }).inputValue();
  chunks.release();
  await expect(form.getByRole('button', { name: 'Save changes' })).toBeEnabled();
  await expect(name).toHaveValue(projectName);
  await expect(ticked).toHaveCount(countries);
  await expect(citation.getByRole('combobox', { name: 'Source' })).toHaveValue(source);
});
