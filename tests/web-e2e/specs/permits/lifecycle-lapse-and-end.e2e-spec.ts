import { Client } from 'pg';
import type { Browser, Page } from 'playwright-core';
import { expectNoSeriousViolations, launchBrowser } from '../../support/browser';
import { DEMO, signedInPage } from '../../support/login.page';
import { ChildminderFilePage, ChildmindersListPage } from '../../support/pages/childminders.page';
import { ApplicationPage, MyPermitPage } from '../../support/pages/permits.page';
import { MyReportsPage, RecheckWorklistPage } from '../../support/pages/recheck.page';
import { fullScreenshot } from '../../support/pages/screenshot';

/**
 * Issue 11 in the browser, the ways back after a permit ends and the § 43 Abs. 3 re-check:
 * (a) the permit of Jürgen Weiß (tpp1) lapses (the daily scan's update, done here in SQL with a past
 *     `valid_until`), his status shows it, he applies again, the advisor checks him again (home
 *     visit and interview) and grants a new permit;
 * (b) the advisor ends his file: his permits end with it, he applies again the same way;
 * (c) he reports an event in his portal, the advisor sees it in the worklist (and on his file) and
 *     closes it with an outcome.
 * Each part leaves him active with an issued permit, as the demo data has him.
 */
const HOLDER = { email: DEMO.childminder, name: 'Jürgen Weiß' };

function todayDe(): string {
  return new Intl.DateTimeFormat('de-DE', { timeZone: 'Europe/Berlin', day: '2-digit', month: '2-digit', year: 'numeric' }).format(
    new Date(),
  );
}

describe('permit lifecycle: lapse, end of the file, re-check', () => {
  let browser: Browser;
  let db: Client;
  let childminderId = '';
  const numbers: string[] = [];

  beforeAll(async () => {
    browser = await launchBrowser();
    db = new Client({ connectionString: process.env['LOTSE_WEB_DATABASE_URL'] });
    await db.connect();
    childminderId = (await db.query(`SELECT id FROM childminder WHERE lower(email) = $1`, [HOLDER.email])).rows[0].id;
  });
  afterAll(async () => {
    await db.end();
    await browser.close();
  });

  /** She files a new initial application on "Meine Pflegeerlaubnis" (offered as "Erneut …"). */
  async function applyAgain(page: Page, note: string): Promise<void> {
    const mine = new MyPermitPage(page);
    await mine.open();
    await page.getByText('Erneut eine Pflegeerlaubnis beantragen (neue Eignungsprüfung)').waitFor();
    await mine.apply({ kind: 'initial', children: 5, note });
    const application = page.getByTestId('my-application');
    await application.waitFor();
    expect(await application.getAttribute('data-status')).toBe('submitted');
  }

  /** The advisor opens his open application, records home visit and interview, grants; returns the new number. */
  async function checkAndGrant(page: Page, shot?: string): Promise<string> {
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
    if (shot) await fullScreenshot(page, shot);
    await app.chooseDecision('grant');
    await page.getByTestId('decision-submit').click();
    await page.waitForURL((u) => /^\/advisor\/permits\/[0-9a-f-]{36}$/.test(u.pathname));
    const number = page.getByTestId('permit-number');
    await number.filter({ hasText: /KAM-\d{4}-\d{4}/ }).waitFor();
    expect(await page.getByTestId('permit-status').getAttribute('data-status')).toBe('issued');
    await expectNoSeriousViolations(page);
    return ((await number.textContent()) ?? '').trim();
  }

  describe('(a) the permit lapsed', () => {
    it('the daily scan lets the permit lapse and pauses the holder', async () => {
      // What ScanPermits does with a permit past its last day (the worker's schedule cannot be waited for).
      const expired = await db.query(
        `UPDATE permit SET valid_from = current_date - interval '5 years', valid_until = current_date - 1, status = 'expired', updated_at = now(), version = version + 1
          WHERE childminder_id = $1 AND status = 'issued' RETURNING number`,
        [childminderId],
      );
      expect(expired.rowCount).toBeGreaterThan(0);
      await db.query(
        `UPDATE childminder SET status = 'paused', status_changed_at = now(), updated_at = now(), version = version + 1 WHERE id = $1 AND status = 'active'`,
        [childminderId],
      );
    });

    it('he sees the lapsed permit and his paused status, and applies again', async () => {
      const page = await signedInPage(browser, HOLDER.email, '/childminder');
      await page.getByTestId('nav-childminder-permit-path').click();
      await page.locator('[data-testid="cm-status"][data-status="paused"]').waitFor();
      const mine = new MyPermitPage(page);
      await mine.open();
      await page.locator('[data-testid="my-permit"] [data-testid="permit-status"][data-status="expired"]').waitFor();
      await expectNoSeriousViolations(page);
      await fullScreenshot(page, 'lifecycle-lapsed-permit');
      await applyAgain(page, 'Meine Erlaubnis ist abgelaufen, ich betreue weiter.');
      await page.context().close();
    });

    it('the advisor checks again and grants a new permit', async () => {
      const page = await signedInPage(browser, DEMO.advisor, '/advisor');
      numbers.push(await checkAndGrant(page, 'lifecycle-lapsed-new-check'));
      await page.context().close();
    });
  });

  describe('(b) the file was ended', () => {
    it('the advisor ends his file; his permit ends with it', async () => {
      const page = await signedInPage(browser, DEMO.advisor, '/advisor');
      const list = new ChildmindersListPage(page);
      await list.open();
      await list.search('Weiß');
      await list
        .rows()
        .and(page.locator(`[data-id="${childminderId}"]`))
        .getByTestId('childminder-link')
        .click();
      await page.waitForURL((u) => /^\/advisor\/childminders\/[0-9a-f-]{36}$/.test(u.pathname));
      await new ChildminderFilePage(page).transition('ended', 'Beendet die Tätigkeit zum Jahresende.');
      await page.locator('[data-testid="file-status"][data-status="ended"]').waitFor();
      await expectNoSeriousViolations(page);
      // The register shows the permit granted in (a) as ended.
      await page.getByTestId('nav-advisor-permits').click();
      await page.waitForURL((u) => u.pathname === '/advisor/permits');
      await page.getByTestId('permits-search').fill(numbers[0]);
      const row = page.getByTestId('permit-row').filter({ hasText: numbers[0] });
      await row.locator('[data-testid="permit-row-status"][data-status="ended"]').waitFor();
      await page.context().close();
    });

    it('he sees his ended file and applies again', async () => {
      const page = await signedInPage(browser, HOLDER.email, '/childminder');
      await page.getByTestId('nav-childminder-permit-path').click();
      await page.locator('[data-testid="cm-status"][data-status="ended"]').waitFor();
      await new MyPermitPage(page).open();
      await page.locator('[data-testid="my-permit"] [data-testid="permit-status"][data-status="ended"]').waitFor();
      expect(await page.getByTestId('my-permit').getByTestId('permit-number').textContent()).toContain(numbers[0]);
      await fullScreenshot(page, 'lifecycle-ended-permit');
      await applyAgain(page, 'Ich möchte doch weiter Kinder betreuen.');
      await expectNoSeriousViolations(page);
      await page.context().close();
    });

    it('the advisor checks again and grants a new permit with a new number', async () => {
      const page = await signedInPage(browser, DEMO.advisor, '/advisor');
      const number = await checkAndGrant(page);
      expect(number).not.toBe(numbers[0]);
      numbers.push(number);
      await page.context().close();
    });
  });

  describe('(c) § 43 Abs. 3: he reports an event, the advisor closes the re-check', () => {
    const text = `Ab dem 1. des nächsten Monats zwei Wochen Reha (${Date.now()}).`;

    it('he reports an illness in his portal and sees the open report', async () => {
      const page = await signedInPage(browser, HOLDER.email, '/childminder');
      const reports = new MyReportsPage(page);
      await reports.open();
      await expectNoSeriousViolations(page);
      await reports.report('illness', text);
      const entry = reports.entry(text);
      await entry.waitFor();
      expect(await entry.getAttribute('data-status')).toBe('open');
      await expectNoSeriousViolations(page);
      await fullScreenshot(page, 'childminder-reports');
      await page.context().close();
    });

    it('the advisor sees it in the worklist and on the file, and closes it with an outcome', async () => {
      const page = await signedInPage(browser, DEMO.advisor, '/advisor');
      const worklist = new RecheckWorklistPage(page);
      await worklist.open();
      const row = worklist.row(text);
      await row.waitFor();
      expect(await row.getAttribute('data-event')).toBe('illness');
      await expect(row.textContent()).resolves.toContain(HOLDER.name);
      await expectNoSeriousViolations(page);
      await fullScreenshot(page, 'advisor-recheck-worklist');

      await row.getByTestId('recheck-file-link').click();
      await page.waitForURL((u) => u.pathname === `/advisor/childminders/${childminderId}`);
      await page.getByTestId('file-recheck-task').filter({ hasText: text }).waitFor();
      await page.getByTestId('file-recheck-link').click();
      await page.waitForURL((u) => u.pathname === '/advisor/recheck-tasks');

      await row.getByTestId('recheck-close').click();
      const dialog = page.getByRole('dialog');
      await dialog.getByTestId('close-outcome').waitFor();
      await expectNoSeriousViolations(page);
      await dialog.getByTestId('close-cancel').click();
      await dialog.waitFor({ state: 'detached' });
      await worklist.close(row, 'no_change_needed', 'Vertretung ist geregelt, keine Änderung der Erlaubnis.');
      await row.waitFor({ state: 'detached' });

      await worklist.showClosed();
      const closed = worklist.row(text);
      await closed.waitFor();
      await expect(closed.getByTestId('recheck-outcome').textContent()).resolves.toContain('Kein Handlungsbedarf');
      await expectNoSeriousViolations(page);
      await page.context().close();
    });

    it('he sees his report as closed', async () => {
      const page = await signedInPage(browser, HOLDER.email, '/childminder');
      const reports = new MyReportsPage(page);
      await reports.open();
      await reports.entry(text).and(page.locator('[data-status="closed"]')).waitFor();
      await page.context().close();
    });
  });
});
