import type { Browser } from 'playwright-core';
import { expectNoSeriousViolations, launchBrowser } from '../../support/browser';
import { DEMO, signedInPage } from '../../support/login.page';
import { ApplicationPage, MyPermitPage } from '../../support/pages/permits.page';

/**
 * Issue 11: a revoked permit is no dead end. Demo data: Jürgen Weiß (tpp1) is active with an issued
 * permit. The advisor revokes it; his status shows it, he applies again in the portal, the advisor
 * checks him again (home visit and interview) and grants a new permit with a new number.
 * Lapse (expiry scan) and the end of the file take the same way back; their API tests are in
 * tests/api-e2e/specs/permits/permit-rules.e2e-spec.ts.
 */
const HOLDER = { email: 'tpp1@kamen.example', name: 'Jürgen Weiß' };

function todayDe(): string {
  return new Intl.DateTimeFormat('de-DE', { timeZone: 'Europe/Berlin', day: '2-digit', month: '2-digit', year: 'numeric' }).format(
    new Date(),
  );
}

describe('after a revocation: apply again and get a new permit', () => {
  let browser: Browser;
  let oldNumber = '';

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser.close());

  it('the advisor revokes the permit', async () => {
    const page = await signedInPage(browser, DEMO.advisor, '/advisor');
    await page.getByTestId('nav-advisor-permits').click();
    await page.waitForURL((u) => u.pathname === '/advisor/permits');
    await page.getByTestId('permit-row').first().waitFor();
    await page.getByTestId('permits-search').fill('Weiß');
    // His issued permit (lifecycle-lapse-and-end may have left an expired and an ended one before it).
    const row = page
      .getByTestId('permit-row')
      .filter({ hasText: HOLDER.name })
      .filter({ has: page.locator('[data-testid="permit-row-status"][data-status="issued"]') });
    await row.first().waitFor();
    oldNumber = ((await row.first().getByTestId('permit-link').textContent()) ?? '').trim();
    await row.first().getByTestId('permit-link').click();
    await page.waitForURL((u) => /^\/advisor\/permits\/[0-9a-f-]{36}$/.test(u.pathname));
    await page.getByTestId('permit-revoke').click();
    const dialog = page.getByRole('dialog');
    await dialog.getByTestId('revoke-reason').fill('Die Räume sind nach einem Wasserschaden nicht mehr kindgerecht.');
    await dialog.getByTestId('revoke-date').fill(todayDe());
    await dialog.getByTestId('revoke-submit').click();
    await page.locator('[data-testid="permit-status"][data-status="revoked"]').waitFor();
    await expectNoSeriousViolations(page);
    await page.context().close();
  });

  it('the holder sees the revoked permit and applies again', async () => {
    const page = await signedInPage(browser, HOLDER.email, '/childminder');
    const mine = new MyPermitPage(page);
    await mine.open();
    await page.getByText('Erneut eine Pflegeerlaubnis beantragen (neue Eignungsprüfung)').waitFor();
    await expectNoSeriousViolations(page);
    await mine.apply({ kind: 'initial', children: 5, note: 'Die Räume sind renoviert.' });
    const application = page.getByTestId('my-application');
    await application.waitFor();
    expect(await application.getAttribute('data-status')).toBe('submitted');
    await page.context().close();
  });

  it('the advisor checks again and grants a new permit with a new number', async () => {
    const page = await signedInPage(browser, DEMO.advisor, '/advisor');
    await page.getByTestId('nav-advisor-permit-applications').click();
    await page.waitForURL((u) => u.pathname === '/advisor/permit-applications');
    const row = page.getByTestId('application-row').filter({ hasText: HOLDER.name });
    await row.first().waitFor();
    await row.first().getByTestId('application-link').click();
    await page.waitForURL((u) => /^\/advisor\/permit-applications\/[0-9a-f-]{36}$/.test(u.pathname));
    const app = new ApplicationPage(page);
    for (const kind of ['home_visit', 'interview'] as const) {
      await app.recordCheck({
        kind,
        date: todayDe(),
        persons: [HOLDER.name, 'Sabine Krüger'],
        rooms: kind === 'home_visit' ? ['Spielzimmer (EG)'] : [],
        rating: 'suitable',
        recommendation: 'grant',
      });
      await page.locator(`[data-testid="check-entry"][data-kind="${kind}"]`).waitFor();
    }
    await app.chooseDecision('grant');
    await page.getByTestId('decision-submit').click();
    await page.waitForURL((u) => /^\/advisor\/permits\/[0-9a-f-]{36}$/.test(u.pathname));
    const number = page.getByTestId('permit-number');
    await number.filter({ hasText: /KAM-\d{4}-\d{4}/ }).waitFor();
    expect(((await number.textContent()) ?? '').trim()).not.toBe(oldNumber);
    expect(await page.getByTestId('permit-status').getAttribute('data-status')).toBe('issued');
    await expectNoSeriousViolations(page);
    await page.context().close();
  });
});
