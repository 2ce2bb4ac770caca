import type { Browser } from 'playwright-core';
import { launchBrowser, screenshotPath, seriousA11yViolations } from '../../support/browser';
import { DEMO, signedInPage } from '../../support/login.page';

/** Demo data: Andrea Yıldız (paused, no account) holds an issued permit (seed-demo-permits.ts). */
const HOLDER = 'Andrea Yıldız';
const REASON = 'Die Betreuungsräume stehen nach dem Umzug nicht mehr zur Verfügung.';

describe('the advisor revokes a permit', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser.close());

  it('finds it in the register, is asked for a reason, revokes it and sees the new status', async () => {
    const page = await signedInPage(browser, DEMO.advisor, '/advisor');
    await page.getByTestId('nav-advisor-permits').click();
    await page.waitForURL((u) => u.pathname === '/advisor/permits');

    await page.getByTestId('permits-search').fill('Yıldız');
    const row = page.getByTestId('permit-row').filter({ hasText: HOLDER });
    await row.waitFor();
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="permit-row"]').length === 1);
    await row.getByTestId('permit-link').click();
    await page.waitForURL((u) => /^\/advisor\/permits\/[0-9a-f-]{36}$/.test(u.pathname));
    await page.getByTestId('permit-holder').getByText(HOLDER).waitFor();
    expect(await page.getByTestId('permit-status').getAttribute('data-status')).toBe('issued');

    // The dialog needs a reason: submitting empty keeps it open with a German field error.
    await page.getByTestId('permit-revoke').click();
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    expect(await dialog.getByRole('heading').textContent()).toMatch(/^Pflegeerlaubnis KAM-\d{4}-\d{4} widerrufen$/);
    await dialog.getByTestId('revoke-submit').click();
    await dialog.getByText('Bitte geben Sie eine Begründung an.').or(dialog.locator('mat-error')).first().waitFor();
    expect(await seriousA11yViolations(page)).toEqual([]);
    await page.screenshot({ path: screenshotPath('permit-revoke-dialog'), fullPage: true });

    await dialog.getByTestId('revoke-reason').fill(REASON);
    await dialog.getByTestId('revoke-submit').click();
    await dialog.waitFor({ state: 'detached' });
    await page.waitForFunction(() => document.querySelector('[data-testid="permit-status"]')?.getAttribute('data-status') === 'revoked');
    expect(await page.getByTestId('permit-status').textContent()).toContain('Widerrufen');
    // No second revocation offered; the reason is on the page.
    expect(await page.getByTestId('permit-revoke').count()).toBe(0);
    await page.getByText(REASON).first().waitFor();
    await page.waitForLoadState('networkidle');
    const snackBar = page.locator('mat-snack-bar-container');
    if (await snackBar.count()) await snackBar.waitFor({ state: 'detached', timeout: 15_000 });
    expect(await seriousA11yViolations(page)).toEqual([]);

    // The register lists it as revoked.
    await page.getByTestId('back-link').click();
    await page.waitForURL((u) => u.pathname === '/advisor/permits');
    await choose(page);
    await page.context().close();

    async function choose(p: typeof page): Promise<void> {
      await p.getByTestId('permits-status-filter').click();
      await p.getByTestId('permits-status-revoked').click();
      await p.getByTestId('permit-row').filter({ hasText: HOLDER }).waitFor();
    }
  });
});
