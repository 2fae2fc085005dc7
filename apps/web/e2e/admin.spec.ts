import { expect, test } from './support/fixtures';
import { signIn } from './support/sign-in';
import { uniqueTag } from './support/unique';

test('an admin adds a trade report with a new source, sees it on the country page and in its history', async ({
  page,
}) => {
  // The only spec that writes Turkmen figures; its own source, by a title no other test uses.
  const tag = uniqueTag();
  const sourceTitle = `Turkmen trade 2026 (e2e bulletin ${tag})`;
  const reason = `e2e: new bulletin ${tag}`;
  await signIn(page, 'admin');
  await page.goto(
    `/admin/records/trade-report/new?returnTo=${encodeURIComponent('/countries/turkmenistan')}`,
  );
  const form = page.getByRole('form', { name: 'Add trade report' });
  await form.getByRole('combobox', { name: 'Country', exact: true }).selectOption('TM');
  await form.getByRole('textbox', { name: 'Year', exact: true }).fill('2026');
  await form.getByRole('textbox', { name: 'Period', exact: true }).fill('FY');
  await form.getByRole('combobox', { name: 'Whose statistics' }).selectOption('CN');
  await form.getByLabel('Total trade (USD)').fill('-5');
  await form.getByLabel('Source title').fill(sourceTitle);
  await form.getByLabel('Source web address').fill('javascript:alert(1)');
  await form.getByRole('button', { name: 'Add trade report' }).click();
  // Bad input: messages next to the fields, nothing saved.
  await expect(form.getByText('Total trade (USD): cannot be negative')).toBeVisible();
  await expect(form.getByText(/must be a web address/)).toBeVisible();

  await form.getByLabel('Total trade (USD)').fill('11200000000');
  await form.getByLabel('Source web address').fill(`https://example.org/tm-2026/${tag}`);
  await form.getByLabel('Source date').fill('2027-01');
  await form.getByLabel(/Reason for the change/).fill(reason);
  await form.getByRole('button', { name: 'Add trade report' }).click();

  await expect(page).toHaveURL(/\/countries\/turkmenistan$/);
  const row = page.getByTestId('trade-row-2026-CN');
  await expect(row).toContainText('$11.2 bn');
  await row.locator('summary').first().click();
  await expect(row.getByRole('link', { name: sourceTitle })).toHaveAttribute(
    'href',
    `https://example.org/tm-2026/${tag}`,
  );

  await page.goto('/trade?country=TM&from=2026&to=2026');
  await page.getByRole('link', { name: 'edit' }).first().click();
  const history = page.getByTestId('history');
  await expect(history).toContainText('create by admin@e2e.test');
  await expect(history).toContainText(reason);
});

test('a viewer cannot reach the forms, and an anonymous visitor is sent to sign in', async ({
  page,
}) => {
  await page.goto('/admin/records/trade-report/new');
  await expect(page).toHaveURL(/\/sign-in\?next=/);
  await signIn(page, 'viewer', '/');
  await page.goto('/admin/records/trade-report/new');
  await expect(page.getByTestId('not-allowed')).toBeVisible();
  await expect(page.getByRole('form')).toHaveCount(0);
});

test('mutations refuse cross-site and form-encoded requests even with a valid session', async ({
  page,
  request,
}) => {
  await signIn(page, 'editor', '/');
  const cookies = await page.context().cookies();
  const cookie = cookies.map((c) => `${c.name}=${c.value}`).join('; ');
  const body = JSON.stringify({ 0: { json: { kind: 'indicator', data: {} } } });
  const evil = await request.post('/api/trpc/records.create?batch=1', {
    headers: { cookie, origin: 'https://evil.example', 'content-type': 'application/json' },
    data: body,
  });
  expect(evil.status()).toBe(403);
  const form = await request.post('/api/trpc/records.create?batch=1', {
    headers: { cookie, 'content-type': 'application/x-www-form-urlencoded' },
    data: 'a=1',
  });
  expect(form.status()).toBe(403);
});

test('the admin page names each kind with its article', async ({ page }) => {
  await signIn(page, 'editor', '/admin');
  const links = page.getByRole('link', { name: /^Add an? / });
  await expect(links.filter({ hasText: 'Add an investment figure' })).toHaveCount(1);
  await expect(links.filter({ hasText: 'Add an indicator' })).toHaveCount(1);
  await expect(links.filter({ hasText: 'Add a trade report' })).toHaveCount(1);
  await expect(page.getByText(/Add a [aeiou]/)).toHaveCount(0);
});
