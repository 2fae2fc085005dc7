import { SOURCE_GRADES } from '@tianshan/model';
import { expect, test } from './support/fixtures';
import { signIn } from './support/sign-in';
import { uniqueTag } from './support/unique';

test('every source link carries its grade as words, on the list and beside a cited record', async ({
  page,
}) => {
  await page.goto('/sources?q=reuters.com');
  const row = page.getByRole('row').filter({ hasText: 'Reuters' }).first();
  await expect(row.getByTestId('source-grade')).toHaveText('grade: Major media');

  // The railway's "Project officially launched" cites People's Daily Online: major media.
  await page.goto('/projects?q=China-Kyrgyzstan-Uzbekistan');
  await page.getByRole('link', { name: 'China-Kyrgyzstan-Uzbekistan Railway' }).click();
  const launched = page.getByTestId('milestone').filter({ hasText: 'Project officially launched' });
  await launched.locator('summary', { hasText: 'Source' }).click();
  await expect(launched.getByTestId('source-grade').first()).toHaveText('grade: Major media');
});

test('/sources filters by grade, says which value it ignored, and its CSV follows', async ({
  page,
  request,
}) => {
  await page.goto('/sources?grade=Official+statement&grade=gold-standard');
  const notice = page.getByTestId('ignored-filters');
  await expect(notice).toContainText('grade=gold-standard');
  await expect(notice).toContainText('not a source grade');
  await expect(page.getByRole('checkbox', { name: 'Official statement' })).toBeChecked();
  const badges = page.getByRole('table', { name: 'Sources' }).getByTestId('source-grade');
  await expect(badges.first()).toBeVisible();
  const texts = await badges.allTextContents();
  expect(new Set(texts)).toEqual(new Set(['grade: Official statement']));

  const csv = await request.get('/export/sources.csv?grade=official-statement');
  expect(csv.status()).toBe(200);
  const text = await csv.text();
  expect(text.split(/\r?\n/)[0]?.split(',')).toContain('grade');
  expect(text).toContain('official-statement');
  for (const other of ['official-statistics', 'major-media', 'secondary', 'weak'])
    expect(text, other).not.toContain(`,${other},`);
  expect((await request.get('/export/sources.csv?grade=gold-standard')).status()).toBe(400);
});

test('an editor sets a new source grade on the form, and the badge shows it', async ({ page }) => {
  const tag = uniqueTag();
  const title = `Kyrgyz statistics bulletin (e2e grade ${tag})`;
  await signIn(page, 'editor');
  await page.goto(`/admin/records/indicator/new?returnTo=${encodeURIComponent('/sources')}`);
  const form = page.getByRole('form', { name: 'Add indicator' });
  await form.getByRole('combobox', { name: 'Country', exact: true }).selectOption('KG');
  await form.getByRole('textbox', { name: 'As of', exact: true }).fill('2026');
  await form.getByRole('textbox', { name: 'Metric', exact: true }).fill(`Grade check ${tag}`);
  await form.getByRole('textbox', { name: 'Value', exact: true }).fill('1');
  await form.getByRole('textbox', { name: 'Unit', exact: true }).fill('count');
  await form.getByLabel('Source title').fill(title);
  await form.getByLabel('Source web address').fill(`https://example.org/grade/${tag}`);
  const grade = form.getByRole('combobox', { name: 'Source grade' });
  await expect(grade.locator('option')).toHaveCount(SOURCE_GRADES.length + 1);
  await grade.selectOption('official-statistics');
  await form.getByRole('button', { name: 'Add indicator' }).click();
  await expect(page).toHaveURL(/\/sources$/);

  await page.goto(`/sources?q=${encodeURIComponent(tag)}`);
  const row = page.getByRole('row').filter({ hasText: title });
  await expect(row.getByTestId('source-grade')).toHaveText('grade: Official statistics');

  // On the source's own page an editor changes it.
  await row.getByRole('link', { name: title }).click();
  const gradeForm = page.getByRole('form', { name: 'Grade this source' });
  await gradeForm.getByRole('combobox', { name: 'Grade' }).selectOption('weak');
  await gradeForm.getByRole('button', { name: 'Save grade' }).click();
  // The page reads the source again: its badge and the form both show the new grade.
  await expect(page.getByTestId('source-grade')).toHaveText('grade: Weak');
  await expect(gradeForm.getByRole('combobox', { name: 'Grade' })).toHaveValue('weak');
});
