import { expect, test } from './support/fixtures';

test('a filtered trade export holds exactly the filtered rows, as CSV with the source of each', async ({
  request,
}) => {
  const res = await request.get('/export/trade.csv?country=KG&from=2024&to=2024&reporter=CN');
  expect(res.status()).toBe(200);
  expect(res.headers()['content-type']).toContain('text/csv');
  expect(res.headers()['content-disposition']).toMatch(
    /attachment; filename="tianshan-trade-KG-2024-2024-\d{4}-\d{2}-\d{2}\.csv"/,
  );
  const text = await res.text();
  const lines = text.trimEnd().split('\r\n');
  expect(lines[0]?.startsWith('id,country_iso2,year,period,reporter')).toBe(true);
  const body = lines.slice(1);
  // Four China-reported 2024 reports in the starter data, two more (Jan-Jul, Jan-Oct) in its additions.
  expect(body.length).toBe(6);
  expect(body.every((l) => /^\d+,KG,2024,/.test(l))).toBe(true);
  expect(text).toContain(',22710000000,');
  expect(text).toMatch(/,KG,2024,Jan-Oct,CN,[^,]*,17400000000,/);
});

test('an unknown export is a clear 404, and ?bom=1 adds the byte order mark for Excel', async ({
  request,
}) => {
  const missing = await request.get('/export/nothing.csv');
  expect(missing.status()).toBe(404);
  expect(await missing.text()).toContain('No export called');
  const withBom = await request.get('/export/sources.csv?bom=1');
  const bytes = await withBom.body();
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
});

test('the data package is a zip with every table and a README', async ({ request }) => {
  const res = await request.get('/export/tianshan-data.zip');
  expect(res.status()).toBe(200);
  const zip = await res.body();
  expect(zip.subarray(0, 2).toString('latin1')).toBe('PK');
  const names = zip.toString('latin1');
  for (const f of [
    'README.md',
    'trade.csv',
    'investments.csv',
    'projects.csv',
    'milestones.csv',
    'events.csv',
    'indicators.csv',
    'sources.csv',
  ]) {
    expect(names).toContain(`tianshan-data/${f}`);
  }
});

test('every table and chart on the overview and a country page offers its own download, and each one works', async ({
  page,
  request,
}) => {
  for (const path of ['/', '/countries/kyrgyzstan']) {
    await page.goto(path);
    const links = page.getByRole('link', { name: /^Download CSV/ });
    const hrefs = await links.evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
    expect(hrefs.length, path).toBeGreaterThanOrEqual(path === '/' ? 3 : 6);
    // Several downloads on one page: each names its data for screen readers.
    const names = await links.evaluateAll((as) => as.map((a) => a.textContent ?? ''));
    expect(new Set(names).size, path).toBe(names.length);
    for (const href of hrefs) {
      const res = await request.get(href);
      expect(res.status(), href).toBe(200);
      expect(res.headers()['content-type'], href).toMatch(/^text\/csv/);
      expect((await res.text()).trimEnd().split('\r\n').length, href).toBeGreaterThan(1);
    }
  }
});

test('an export reads obvious spellings of a filter and refuses one it cannot read, naming it', async ({
  request,
}) => {
  const byCode = await (await request.get('/export/trade.csv?country=KZ')).text();
  const rows = byCode.trimEnd().split('\r\n').slice(1);
  expect(rows.length).toBeGreaterThan(0);
  expect(rows.every((l) => /^\d+,KZ,/.test(l))).toBe(true);
  for (const spelling of ['kz', 'Kazakhstan']) {
    const res = await request.get(`/export/trade.csv?country=${spelling}`);
    expect(res.status(), spelling).toBe(200);
    expect(await res.text(), spelling).toBe(byCode);
  }
  for (const [query, param] of [
    ['country=Kazakstan', 'country'],
    ['from=2020x', 'from'],
    ['contry=KZ', 'contry'],
  ] as const) {
    const res = await request.get(`/export/trade.csv?${query}`);
    expect(res.status(), query).toBe(400);
    const text = await res.text();
    expect(text, query).toContain(`Parameter "${param}"`);
    expect(text, query).not.toContain('country_iso2');
  }
});

test('a page says which filter it ignored and why, and its download leaves it out', async ({
  page,
  request,
}) => {
  await page.goto('/trade?country=kz&from=2020x');
  const notice = page.getByTestId('ignored-filters');
  await expect(notice).toContainText('from=2020x');
  await expect(notice).toContainText('not a year');
  await expect(notice).not.toContainText('country=');
  const href = await page.getByRole('link', { name: /^Download CSV/ }).getAttribute('href');
  expect(href).toBe('/export/trade.csv?country=kz');
  expect((await request.get(href ?? '')).status()).toBe(200);
  await page.goto('/trade?country=KZ');
  await expect(page.getByRole('heading', { name: 'Trade explorer' })).toBeVisible();
  await expect(page.getByTestId('ignored-filters')).toHaveCount(0);
});
