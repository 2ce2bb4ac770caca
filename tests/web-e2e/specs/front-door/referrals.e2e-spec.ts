import type { Browser, Page } from 'playwright-core';
import { expectNoSeriousViolations, launchBrowser, newContext } from '../../support/browser';
import { DEMO, signedInPage } from '../../support/login.page';
import { fullScreenshot } from '../../support/pages/screenshot';

/** The office's current month (`YYYY-MM`), as the server counts it. */
const currentMonth = () =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin', year: 'numeric', month: '2-digit' }).format(new Date()).slice(0, 7);

/** The current month's row of the figures table: count of one topic, and the month's total. */
async function monthFigures(page: Page, month: string): Promise<{ topic: number; total: number; chartTotal: number }> {
  const canvas = page.getByTestId('demand-chart');
  await canvas.and(page.locator('[data-rendered="true"]')).waitFor();
  const row = page.locator(`[data-testid="figures-table"] tr[data-month="${month}"]`);
  const topic = Number(await row.locator('td[data-key="childcare_place"]').innerText());
  const total = Number(await row.getByTestId('figures-month-total').innerText());
  const totals: number[] = JSON.parse((await canvas.getAttribute('data-totals')) ?? '[]');
  const index = await page
    .locator('[data-testid="figures-table"] tbody tr')
    .evaluateAll((rows, m) => rows.findIndex((r) => r.getAttribute('data-month') === m), month);
  return { topic, total, chartTotal: totals[index] };
}

/**
 * The referral guide in the browser (issue 14): the demand figures render from the seeded demo
 * data (chart and table agree; screenshot), an advisor records a referral in two clicks on the
 * directory ("Weitervermittelt" → topic) and the current month's figure — table and chart data —
 * shows it; the month range lives in the URL; the public /wegweiser lists the partners. axe on
 * every page.
 */
describe('referral guide: two-click referral and demand figures', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser?.close());

  it('an advisor records a referral in two clicks and the month’s chart and table show it', async () => {
    const page = await signedInPage(browser, DEMO.advisor, '/advisor');
    const month = currentMonth();

    await page.getByTestId('nav-advisor-referrals-figures').click();
    await page.waitForURL('**/advisor/referrals/figures');
    const before = await monthFigures(page, month);
    // Seeded demo data: twelve months with referrals, chart and table telling the same.
    expect(await page.locator('[data-testid="figures-table"] tbody tr').count()).toBe(12);
    expect(before.total).toBeGreaterThan(0);
    expect(before.chartTotal).toBe(before.total);
    expect(await page.getByTestId('demand-chart').getAttribute('aria-label')).toContain('Tabelle');
    await fullScreenshot(page, 'front-door-demand-figures');
    await expectNoSeriousViolations(page);

    await page.getByTestId('figures-directory').click();
    await page.waitForURL((u) => u.pathname === '/advisor/referrals');
    const card = page.locator('[data-testid="partner-card"][data-name="Familienzentrum Regenbogen (Kita)"]');
    await card.waitFor();
    await expectNoSeriousViolations(page);
    // Click 1: "Weitervermittelt" on the partner. Click 2: the topic.
    await card.getByTestId('partner-refer').click();
    await page.locator('.mat-mdc-menu-panel [data-topic="childcare_place"]').click();
    await page.locator('mat-snack-bar-container').getByText('Gezählt: Familienzentrum Regenbogen (Kita) – Betreuungsplatz').waitFor();

    await page.getByTestId('directory-figures').click();
    await page.waitForURL('**/advisor/referrals/figures');
    const after = await monthFigures(page, month);
    expect(after).toEqual({ topic: before.topic + 1, total: before.total + 1, chartTotal: before.total + 1 });

    // The range is kept in the URL: only the current month, by kind of service.
    await page.goto(`/advisor/referrals/figures?from=${month}&to=${month}&by=category`);
    await page.getByTestId('demand-chart').and(page.locator('[data-rendered="true"]')).waitFor();
    expect(await page.locator('[data-testid="figures-table"] tbody tr').count()).toBe(1);
    expect(Number(await page.getByTestId('figures-total').innerText())).toBe(after.total);
    expect(await page.getByTestId('figures-from').inputValue()).toBe(month);
    expect(await page.getByTestId('figures-csv').getAttribute('href')).toBe(`/api/referrals/figures.csv?from=${month}&to=${month}`);
    await page.context().close();
  });

  it('the public Wegweiser lists the active partners without signing in', async () => {
    const ctx = await newContext(browser);
    const page = await ctx.newPage();
    await page.goto('/wegweiser');
    await page.getByTestId('public-partner').first().waitFor();
    expect(await page.getByTestId('public-partner').count()).toBe(9);
    expect(await page.getByText('Eltern-Kind-Gruppe Lindenhof').count()).toBe(0);
    await expectNoSeriousViolations(page);
    await ctx.close();
  });
});
