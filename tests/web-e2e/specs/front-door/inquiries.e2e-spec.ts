import { Client } from 'pg';
import type { Browser, Page } from 'playwright-core';
import { expectNoSeriousViolations, launchBrowser, newContext } from '../../support/browser';
import { DEMO, signedInPage } from '../../support/login.page';
import { fullScreenshot } from '../../support/pages/screenshot';

/**
 * Issue 14, inquiries and rota in the browser: the public contact form; an advisor enters a caller's
 * phone inquiry; two working days later (moved in the database: the working-day arithmetic with
 * weekends and NRW holidays under a controlled clock is tested in
 * tests/api-e2e/specs/front-door/inquiries.e2e-spec.ts) it shows as overdue in the queue; the
 * coordinator fills next month's first consultation with two staff and sees the next one as a gap.
 */
describe('front door: inquiries and the open-hours rota', () => {
  let browser: Browser;
  let db: Client;
  const CALLER = `Herr Anrufer ${Date.now() % 100000}`;

  beforeAll(async () => {
    browser = await launchBrowser();
    db = new Client({ connectionString: process.env['LOTSE_WEB_DATABASE_URL'] });
    await db.connect();
  });
  afterAll(async () => {
    await db.end();
    await browser.close();
  });

  async function settled(page: Page): Promise<void> {
    await page.getByTestId('page-title').waitFor();
    await page.waitForFunction(() => !document.querySelector('main mat-progress-bar'));
  }

  it('anyone sends the contact form (/kontakt) and gets the response target', async () => {
    const page = await (await newContext(browser)).newPage();
    await page.goto('/kontakt');
    await settled(page);
    await page.getByTestId('contact-submit').click();
    await page.getByTestId('contact-error').getByText('E-Mail-Adresse oder eine Telefonnummer').waitFor();
    await page.getByTestId('contact-name').fill('Familie Becker');
    await page.getByTestId('contact-email').fill('becker.kontakt@example.org');
    await page.getByTestId('contact-message').fill('Wir möchten wissen, wie die Kindertagespflege in Kamen funktioniert.');
    await page.getByTestId('contact-privacy').locator('input').check();
    expect(await page.getByTestId('contact-website').getAttribute('tabindex')).toBe('-1');
    await expectNoSeriousViolations(page);
    await fullScreenshot(page, 'front-door-inquiries-contact');
    await page.getByTestId('contact-submit').click();
    await page.getByTestId('contact-done').getByText('innerhalb von 2 Werktagen').waitFor();
    await page.context().close();
  });

  it('an advisor enters a phone inquiry; two working days later it is overdue in the queue', async () => {
    const page = await signedInPage(browser, DEMO.advisor, '/advisor');
    await page.getByTestId('nav-advisor-inquiries').click();
    await page.waitForURL((u) => u.pathname === '/advisor/inquiries');
    await settled(page);
    await expectNoSeriousViolations(page);
    await page.getByTestId('inquiry-enter').click();
    await page.waitForURL((u) => u.pathname === '/advisor/inquiries/new');
    await settled(page);
    await page.getByTestId('inquiry-service').click();
    await page.getByRole('option', { name: 'Erziehungsberatung' }).click();
    await page.getByTestId('inquiry-name').fill(CALLER);
    await page.getByTestId('inquiry-phone').fill('02307 445566');
    await page.getByTestId('inquiry-message').fill('Bittet um Rückruf wegen eines Beratungstermins.');
    await expectNoSeriousViolations(page);
    await page.getByTestId('inquiry-save').click();
    await page.waitForURL((u) => /^\/advisor\/inquiries\/[0-9a-f-]{36}$/.test(u.pathname));
    await page.getByTestId('inquiry-detail-name').getByText(CALLER).waitFor();
    expect(await page.getByTestId('inquiry-detail-overdue').count()).toBe(0);
    await expectNoSeriousViolations(page);
    const id = new URL(page.url()).pathname.split('/').pop();

    // Two working days pass: the due time is moved into the past.
    await db.query(
      `UPDATE inquiry SET received_at = received_at - interval '5 days', due_on = current_date - 1, due_at = now() - interval '1 hour' WHERE id = $1`,
      [id],
    );
    await page.goto('/advisor/inquiries?overdue=true');
    await settled(page);
    const row = page.getByTestId('inquiry-row').filter({ hasText: CALLER });
    await row.getByTestId('inquiry-overdue').waitFor();
    expect(await row.getByTestId('inquiry-overdue').textContent()).toContain('Überfällig');
    await expectNoSeriousViolations(page);
    await fullScreenshot(page, 'front-door-inquiries-queue');
    await page.context().close();
  });

  it('the coordinator fills a consultation with two staff and sees the next one as a gap', async () => {
    const page = await signedInPage(browser, DEMO.admin, '/admin');
    await page.getByTestId('nav-admin-rota').click();
    await page.waitForURL((u) => u.pathname === '/admin/rota');
    await settled(page);
    await page.getByTestId('rota-next').click();
    await page.waitForURL((u) => u.search.includes('month='));
    await page.getByTestId('rota-table').waitFor();
    const open = page.getByTestId('rota-session').filter({ has: page.getByTestId('rota-pick') });
    const first = open.first();
    const date = await first.getAttribute('data-date');
    const from = await first.getAttribute('data-from');
    const session = page.locator(`[data-testid="rota-session"][data-date="${date}"][data-from="${from}"]`);
    for (let i = 0; i < 2; i++) {
      // The empty select's floating label covers it: open it with the keyboard, as a keyboard user would.
      await session.getByTestId('rota-pick').focus();
      await page.keyboard.press('Enter');
      await page.getByRole('option').first().click();
      await session.getByTestId('rota-person').nth(i).waitFor();
    }
    await session.getByTestId('rota-staffed').waitFor();
    const nextOpen = page
      .getByTestId('rota-session')
      .filter({ has: page.getByTestId('rota-pick') })
      .filter({ hasNot: page.getByTestId('rota-staffed') })
      .first();
    await nextOpen.getByTestId('rota-pick').focus();
    await page.keyboard.press('Enter');
    await page.getByRole('option').first().click();
    await nextOpen.getByTestId('rota-person').first().waitFor();
    expect(await nextOpen.getByTestId('rota-gap').textContent()).toContain('Lücke: 1 von 2');
    await expectNoSeriousViolations(page);
    await fullScreenshot(page, 'front-door-rota');
    await page.context().close();
  });
});
