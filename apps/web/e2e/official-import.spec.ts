import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { signIn } from './support/sign-in';
import { uniqueTag } from './support/unique';

// The only spec that writes Turkmen and Uzbek figures for 1994–1995 (see fixtures/README.md).
const TAG = uniqueTag();
const fixture = (name: string) => readFileSync(path.join(import.meta.dirname, 'fixtures', name));

async function importOfficial(page: Page, kind: string, file: string, query: string) {
  await page.getByLabel('What the file holds').selectOption(kind);
  await page.getByLabel('Query or file name').fill(query);
  await page.getByLabel('Retrieved on').fill('2026-11-20');
  await page
    .getByLabel('CSV file')
    .setInputFiles({ name: file, mimeType: 'text/csv', buffer: fixture(file) });
  const preview = page.getByTestId('import-preview');
  await expect(preview).toContainText('2 to add');
  await expect(page.getByTestId('import-official')).toContainText('4 rows read → 2 trade reports');
  await page.getByRole('button', { name: 'Confirm the import' }).click();
  await expect(page.getByTestId('import-message')).toContainText('Imported: 2 added, 0 updated.');
}

test('an editor imports a Comtrade and an IMF download; the chart shows both series and the sources list the files', async ({
  page,
}) => {
  await signIn(page, 'editor', '/admin/import');
  await page.goto('/admin/import');
  const comtrade = `China–Turkmenistan 1994–1995 TOTAL (e2e ${TAG})`;
  const imts = `UZB.XG_FOB_USD+MG_CIF_USD.CHN.A (e2e ${TAG})`;
  await importOfficial(page, 'comtrade', 'comtrade-fixture-e2e.csv', comtrade);
  await importOfficial(page, 'imf-imts', 'imts-fixture-e2e.csv', imts);

  await page.goto('/trade?country=TM&country=UZ&from=1994&to=1995');
  await expect(page.getByTestId('trade-TM-1995-FY-CN')).toContainText('$20');
  await expect(page.getByTestId('trade-UZ-1995-FY-UZ')).toContainText('$24');
  const legend = page.locator('.recharts-legend-wrapper');
  await expect(legend).toContainText('Turkmenistan — China-reported');
  await expect(legend).toContainText('Uzbekistan — Uzbekistan statistics');

  for (const title of [
    `UN Comtrade: ${comtrade}`,
    `IMF International Trade in Goods (IMTS): ${imts}`,
  ]) {
    await page.goto(`/sources?q=${encodeURIComponent(TAG)}`);
    await page.getByRole('link', { name: title }).click();
    await expect(page.getByRole('heading', { name: 'What cites it (2)' })).toBeVisible();
  }
});

test('a bad official file is refused with its line and column, and nothing can be confirmed', async ({
  page,
}) => {
  await signIn(page, 'editor', '/admin/import');
  await page.goto('/admin/import');
  await page.getByLabel('What the file holds').selectOption('comtrade');
  await page.getByLabel('Retrieved on').fill('2026-11-20');
  const bad = fixture('comtrade-fixture-e2e.csv')
    .toString('utf8')
    .replace(',795,TKM,', ',643,RUS,');
  await page
    .getByLabel('CSV file')
    .setInputFiles({ name: 'bad.csv', mimeType: 'text/csv', buffer: Buffer.from(bad) });
  const errors = page.getByTestId('import-errors');
  await expect(errors).toContainText('line 2, column "partnerCode": partner 643');
  await expect(page.getByRole('button', { name: 'Confirm the import' })).toHaveCount(0);
});
