import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { BASE_URL, mutate, raw, sessionCookie } from './support/http';
import { signIn } from './support/sign-in';
import { uniqueTag } from './support/unique';

/**
 * Script-looking text entered into every text field — through the same mutations the forms call, and
 * through the CSV import — is shown as text on every view, tooltip, map label and admin page: no dialog
 * opens and no marker variable is set. Exports neutralise the formula-looking cells.
 */
const MARK = 'XSS-7';
const PAYLOAD = `${MARK} <img src=x onerror="window.__xss=1;alert(1)"><script>window.__xss=2;alert(2)</script><svg onload="window.__xss=3;alert(3)"></svg><a href="javascript:alert(4)">j</a>`;
// Project names are unique (and a worker restarted after a failure runs beforeAll again): the tag keeps
// this spec's records its own.
const FORMULA_NAME = `=HYPERLINK("https://evil.example","${MARK}") ${uniqueTag()} ${PAYLOAD}`.slice(
  0,
  300,
);

// Eight views, each with every disclosure opened and map points hovered: took 2.6 min on two busy cores.
test.describe.configure({ mode: 'serial', timeout: 300_000 });

const ids = { project: 0, milestone: 0, event: 0, indicator: 0, investment: 0, trade: 0 };

test.beforeAll(async () => {
  const editor = await sessionCookie('editor');
  const citation = (n: number) => [
    {
      newSource: {
        title: `${PAYLOAD} source ${n}`,
        publisher: PAYLOAD,
        url: `https://example.org/xss/${n}`,
        publishedOn: '2026-01',
        notes: PAYLOAD,
      },
      quote: PAYLOAD,
      page: '1',
    },
  ];
  // Each record as the form would send it, through the same mutation, as an editor.
  const create = async (kind: string, data: Record<string, unknown>, reason?: string) =>
    (await mutate('records.create', { kind, data, reason }, editor)).id;
  ids.project = await create(
    'project',
    {
      name: FORMULA_NAME,
      countries: ['KG'],
      sector: 'energy',
      sectorDetail: PAYLOAD,
      chineseParties: PAYLOAD,
      localParties: PAYLOAD,
      capacity: PAYLOAD,
      status: 'operating',
      statusDetail: PAYLOAD,
      startedOn: '2026-01',
      lat: 42.87,
      lon: 74.59,
      locationBasis: 'source',
      locationNote: PAYLOAD,
      description: PAYLOAD,
      citations: citation(1),
    },
    PAYLOAD,
  );
  ids.milestone = await create('milestone', {
    projectId: ids.project,
    date: '2026-02',
    kind: 'agreement',
    description: PAYLOAD,
    citations: citation(2),
  });
  ids.event = await create('event', {
    countries: ['KG'],
    date: '2026-03',
    kind: 'summit',
    description: PAYLOAD,
    citations: citation(3),
  });
  ids.indicator = await create('indicator', {
    scope: 'KG',
    asOf: '2026',
    metric: PAYLOAD,
    value: '1',
    unit: `<b>${MARK}</b>`,
    notes: PAYLOAD,
    citations: citation(4),
  });
  ids.investment = await create('investment', {
    scope: 'KG',
    year: 2026,
    asOf: '2026',
    metricKind: 'fdi-stock',
    metricLabel: PAYLOAD,
    investor: PAYLOAD,
    amountUsd: 1000,
    notes: PAYLOAD,
    citations: citation(5),
  });
  ids.trade = await create('trade-report', {
    scope: 'KG',
    year: 2026,
    period: 'Jan-Feb',
    reporter: 'KG',
    totalUsd: 1000,
    notes: PAYLOAD,
    citations: citation(6),
  });

  // And through the CSV import, quotes and all.
  const quoted = (text: string) => `"${text.replaceAll('"', '""')}"`;
  const csv = `country_iso2,as_of,metric,value,unit,notes,source_title,source_url,source_date\r\nKG,2026,${quoted(`${PAYLOAD} imported`)},2,count,${quoted(PAYLOAD)},${quoted(`${PAYLOAD} imported source`)},https://example.org/xss/import,2026-04\r\n`;
  const preview = await raw(
    'POST',
    '/api/import/preview?kind=indicator&name=xss.csv',
    { 'content-type': 'text/csv', origin: BASE_URL, cookie: editor },
    csv,
  );
  const { importId } = JSON.parse(preview.body) as { importId: string | null };
  expect(importId, preview.body).toBeTruthy();
  const confirm = await raw(
    'POST',
    '/api/import/confirm',
    { 'content-type': 'application/json', origin: BASE_URL, cookie: editor },
    JSON.stringify({ importId }),
  );
  expect(confirm.status, confirm.body).toBe(200);
});

/** Opens a view and fails if any script from the payloads ran; returns how often the marker text shows. */
async function visitSafely(page: Page, path: string) {
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  const response = await page.goto(path);
  expect(response?.status(), path).toBe(200);
  expect(response?.headers()['content-security-policy'], path).toContain('nonce-');
  await page.waitForLoadState('networkidle');
  // Open every disclosure a reader can see (figure sources, alternatives) so their contents render too. The
  // summary is clicked in the page: an opened disclosure's popover may lie over the next summary, and
  // Playwright's click would wait a second for each such one (half a minute per run) before giving up on it.
  // Counted afresh each time, since an opened disclosure may render summaries of its own.
  const summaries = page.locator('summary');
  for (let i = 0; i < Math.min(await summaries.count(), 40); i++) {
    const summary = summaries.nth(i);
    // Only a closed one: clicking an open one (a filter form opened by its query) would fold it away.
    if (await summary.isVisible())
      await summary.evaluate((el: HTMLElement) => {
        const details = el.parentElement;
        if (details instanceof HTMLDetailsElement && !details.open) el.click();
      });
  }
  // Hover map labels and chart points: tooltips are rendered on demand.
  for (const dot of (await page.locator('svg circle').all()).slice(0, 10))
    await dot.hover({ force: true, timeout: 1000 }).catch(() => undefined);
  expect(dialogs, `${path}: a dialog opened`).toEqual([]);
  expect(
    await page.evaluate(() => (window as unknown as { __xss?: number }).__xss),
    `${path}: a payload ran`,
  ).toBeUndefined();
  // The text itself is there, shown as text (so this test would notice a view that dropped it).
  await expect(page.getByText(MARK).first(), path).toBeAttached();
  expect(
    await page
      .locator('img[src="x"], script:not([src]):not([nonce])')
      .evaluateAll(
        (els) =>
          els.filter(
            (e) => (e.textContent ?? '').includes('__xss') || e.getAttribute('src') === 'x',
          ).length,
      ),
    path,
  ).toBe(0);
}

test('script-looking text is inert on every public view', async ({ page }) => {
  for (const path of [
    '/',
    '/countries/kyrgyzstan',
    `/projects?q=${encodeURIComponent(MARK)}`,
    `/projects/${ids.project}`,
    '/timeline?country=KG&from=2026',
    `/sources?q=${encodeURIComponent(MARK)}`,
    '/investments?country=KG',
    '/trade?country=KG&from=2026&to=2026',
  ]) {
    await visitSafely(page, path);
  }
});

test('script-looking text is inert on the admin pages: edit forms, history and the audit log', async ({
  page,
}) => {
  await signIn(page, 'admin', '/');
  for (const path of [
    `/admin/records/project/${ids.project}`,
    `/admin/records/milestone/${ids.milestone}`,
    `/admin/records/indicator/${ids.indicator}`,
    '/admin/audit',
  ]) {
    await visitSafely(page, path);
  }
});

test('exported cells that look like formulas are neutralised, and the text survives intact', async ({
  request,
}) => {
  const csv = await (
    await request.get(`/export/projects.csv?q=${encodeURIComponent('HYPERLINK')}`)
  ).text();
  const line = csv.split('\r\n').find((l) => l.includes('HYPERLINK')) ?? '';
  // The name starts with "=", so it leaves as '=… (a quoted field because it holds quotes and commas).
  expect(line).toContain(`"'=HYPERLINK(""https://evil.example"",""${MARK}"")`);
  expect(line).not.toMatch(/(^|,)"?=HYPERLINK/);
  expect(line).toContain('<img src=x onerror=');
});
