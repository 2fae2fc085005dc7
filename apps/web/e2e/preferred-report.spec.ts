import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { mutate, sessionCookie } from './support/http';
import { signIn } from './support/sign-in';

let made = 0;
/**
 * A figure of the test's own: a product line (HS code) no other test or seeded record uses, so the trade
 * explorer filtered to it shows only the reports the test made.
 */
function ownProductCode(): string {
  made++;
  const worker = `${process.env.TEST_PARALLEL_INDEX ?? 0}`.slice(-1);
  return `${Date.now()}`.slice(-7) + worker + String(made).padStart(2, '0');
}
const ROW = 'trade-KG-2019-FY-CN';

async function createReport(
  cookie: string,
  productCode: string,
  totalUsd: number,
  publishedOn: string,
) {
  const { id } = await mutate(
    'records.create',
    {
      kind: 'trade-report',
      data: {
        scope: 'KG',
        year: 2019,
        period: 'FY',
        reporter: 'CN',
        productCode,
        totalUsd,
        citations: [
          {
            newSource: {
              title: `Customs bulletin on HS ${productCode}, ${publishedOn}`,
              publisher: 'General Administration of Customs',
              url: `https://example.org/customs/${productCode}/${publishedOn}`,
              publishedOn,
            },
            quote: `Trade in HS ${productCode}: ${totalUsd} US dollars`,
          },
        ],
      },
    },
    cookie,
  );
  return id;
}

/** The figure readers see for the product line, and why it is the one shown. */
async function expectShown(page: Page, productCode: string, value: string, because: RegExp) {
  await page.goto(`/trade?product=${productCode}`);
  const figure = page.getByTestId(ROW).locator('details.figure');
  await expect(figure.locator('summary')).toContainText(value);
  await figure.locator('summary').click();
  await expect(figure).toContainText(because);
}

test('an editor shows the older of two disagreeing reports as the figure, and lets the rules choose again', async ({
  page,
}) => {
  const editor = await sessionCookie('editor');
  const productCode = ownProductCode();
  const older = await createReport(editor, productCode, 111_000_000, '2020-01');
  await createReport(editor, productCode, 222_000_000, '2021-06');
  await signIn(page, 'editor', '/trade');

  // Without a choice, the most recent source wins.
  await expectShown(page, productCode, '$222 m', /Shown: the most recent source is preferred/);

  await page.goto(`/admin/records/trade-report/${older}`);
  const panel = page.getByRole('region', { name: 'Which report readers see' });
  await expect(panel.getByTestId('preferred-state')).toContainText('the rules prefer');
  page.once('dialog', (dialog) => void dialog.accept('The customs figure is final'));
  await panel.getByRole('button', { name: 'Show this report as the figure' }).click();
  await expect(panel.getByTestId('preferred-state')).toContainText('An editor chose this report');
  await expect(page.getByTestId('history')).toContainText('The customs figure is final');

  await expectShown(page, productCode, '$111 m', /Shown: chosen by an editor/);

  await page.goto(`/admin/records/trade-report/${older}`);
  page.once('dialog', (dialog) => void dialog.accept(''));
  await panel.getByRole('button', { name: 'Let the rules choose again' }).click();
  await expect(panel.getByTestId('preferred-state')).toContainText('the rules prefer');

  await expectShown(page, productCode, '$222 m', /Shown: the most recent source is preferred/);
});

test('cancelling the question changes nothing', async ({ page }) => {
  const editor = await sessionCookie('editor');
  const id = await createReport(editor, ownProductCode(), 333_000_000, '2020-02');
  await signIn(page, 'editor', `/admin/records/trade-report/${id}`);
  await page.goto(`/admin/records/trade-report/${id}`);
  const panel = page.getByRole('region', { name: 'Which report readers see' });
  const historyBefore = await page.getByTestId('history').locator(':scope > li').count();
  page.once('dialog', (dialog) => void dialog.dismiss());
  await panel.getByRole('button', { name: 'Show this report as the figure' }).click();
  await page.reload();
  await expect(panel.getByTestId('preferred-state')).toContainText('the rules prefer');
  await expect(page.getByTestId('history').locator(':scope > li')).toHaveCount(historyBefore);
});
