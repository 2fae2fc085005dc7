import { expect, test } from './support/fixtures';

test('the overview shows the seeded headline and country figures with their sources', async ({
  page,
}) => {
  await page.goto('/');
  const headline = page.getByTestId('headline-trade');
  await expect(headline).toContainText('$106.3 bn');
  await expect(headline).toContainText('2025');
  // Kyrgyzstan's 2025 China-reported total is stated as "approximately $27.2 billion".
  await expect(page.getByTestId('trade-KG')).toContainText('about $27.2 bn');

  const figure = page.getByTestId('trade-KZ').locator('summary');
  await expect(figure).toContainText('more than $48.6 bn');
  await figure.click();
  const source = page.getByTestId('trade-KZ').getByRole('link');
  await expect(source).toBeVisible();
  await expect(source).toHaveAttribute('href', /^https?:\/\//);
});
