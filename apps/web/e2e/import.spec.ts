import { SOURCE_GRADES } from '@tianshan/model';
import { expect, test } from './support/fixtures';
import { BASE_URL } from './support/http';
import { signIn } from './support/sign-in';
import { uniqueTag } from './support/unique';

const HEADER =
  'country_iso2,year,period,reporter,total_usd,qualifier,notes,source_title,source_url,source_date';
// The only spec that writes Tajik figures; its rows cite a source of their own.
const TAG = uniqueTag();
const SOURCE = `Tajik statistics bulletin (e2e ${TAG}),https://example.org/tj-h1/${TAG},2026-07`;
const GOOD = `TJ,2026,H1,TJ,2150000000,exact,First half,${SOURCE}`;

test('an editor imports a CSV with one bad row, sees the error, fixes it and imports it', async ({
  page,
}) => {
  await signIn(page, 'editor', '/admin/import');
  await page.goto('/admin/import');
  await page.getByLabel('What the file holds').selectOption('trade-report');
  // The grade of a new source may come with the file; the help lists every grade it accepts.
  const gradeHelp = page.getByTestId('source-grade-help');
  for (const grade of ['source_grade', ...SOURCE_GRADES])
    await expect(gradeHelp).toContainText(grade);
  const bad = `${HEADER}\r\n${GOOD}\r\nTJ,2026,Q3,TJ,-40,exact,,${SOURCE}\r\n`;
  await page
    .getByLabel('CSV file')
    .setInputFiles({ name: 'tajik.csv', mimeType: 'text/csv', buffer: Buffer.from(bad) });
  const errors = page.getByTestId('import-errors');
  await expect(errors).toContainText('line 3');
  await expect(errors).toContainText('total_usd');
  await expect(errors).toContainText('cannot be negative');
  await expect(page.getByRole('button', { name: 'Confirm the import' })).toHaveCount(0);

  const fixed = bad.replace(',-40,', ',1050000000,');
  await page
    .getByLabel('CSV file')
    .setInputFiles({ name: 'tajik.csv', mimeType: 'text/csv', buffer: Buffer.from(fixed) });
  await expect(page.getByTestId('import-preview')).toContainText('2 to add');
  await page.getByRole('button', { name: 'Confirm the import' }).click();
  await expect(page.getByTestId('import-message')).toContainText('Imported: 2 added, 0 updated.');

  await page.goto('/trade?country=TJ&from=2026&to=2026');
  await expect(page.getByTestId('trade-TJ-2026-H1-TJ')).toContainText('$2.15 bn');
});

test('the import endpoints refuse anonymous and cross-site uploads', async ({ request }) => {
  const anonymous = await request.post('/api/import/preview?kind=trade-report', {
    headers: { 'content-type': 'text/csv', origin: BASE_URL },
    data: `${HEADER}\n${GOOD}\n`,
  });
  expect(anonymous.status()).toBe(401);
  const crossSite = await request.post('/api/import/preview?kind=trade-report', {
    headers: { 'content-type': 'text/csv', origin: 'https://evil.example' },
    data: `${HEADER}\n${GOOD}\n`,
  });
  expect(crossSite.status()).toBe(403);
  const formPost = await request.post('/api/import/confirm', {
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    data: 'importId=x',
  });
  expect(formPost.status()).toBe(403);
});
