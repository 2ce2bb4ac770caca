import type { Browser, Page } from 'playwright-core';
import { expectNoSeriousViolations, launchBrowser } from '../../support/browser';
import { signedInPage } from '../../support/login.page';
import { RequestFormPage, confirmDialog, deDate, isoInDays, submitDialog } from '../../support/pages/placements.page';
import { fullScreenshot } from '../../support/pages/screenshot';

/**
 * Matching end to end in the browser. Demo data (apps/api/src/cli/seed-demo*.ts): Julia Becker
 * (eltern1) with Mia (born 2025-03-14), no request yet; Jürgen Weiß (tpp1) is active with an issued
 * permit for 5, a vacancy, and already cares for Paul Schröder Mon–Fri 08:00–12:00.
 *
 * The parent asks for Mon–Wed 08:00–12:00; the advisor takes the request into review, is refused
 * (in German, at the field) for a start beyond the permit, then proposes Jürgen Weiß; the parent
 * and the childminder accept in their portals; the placement shows in both lists and the week grid
 * counts Mia in exactly her quarter hours.
 */
const PARENT = 'eltern1@kamen.example';
const ADVISOR = 'beratung1@kamen.example';
const CHILDMINDER = 'tpp1@kamen.example';
const START = isoInDays(35);

describe('matching: request, proposal, both accept, placement, week grid', () => {
  let browser: Browser;
  let requestPath = '';

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser.close());

  async function open(page: Page, nav: string, path: string): Promise<void> {
    await page.getByTestId(nav).click();
    await page.waitForURL((u) => u.pathname === path);
    await page.getByTestId('page-title').waitFor();
    await page.waitForFunction(() => !document.querySelector('main mat-progress-bar'));
  }

  it('the parent declares the measles proof and submits a care request', async () => {
    const page = await signedInPage(browser, PARENT, '/parent');
    // Measles proof on the child's page.
    await page.getByTestId('child-link').filter({ hasText: 'Becker, Mia' }).click();
    await page.getByTestId('child-measles').waitFor();
    expect(await page.getByTestId('child-measles-status').getAttribute('data-status')).toBe('missing');
    await page.getByTestId('child-measles-declare').click();
    await page.locator('[data-testid="child-measles-status"][data-status="declared"]').waitFor();
    await expectNoSeriousViolations(page);

    await open(page, 'nav-parent-requests', '/parent/requests');
    expect(await page.getByTestId('page-title').textContent()).toContain('Meine Anfragen');
    await page.getByTestId('empty-state').waitFor();
    await expectNoSeriousViolations(page);

    await page.getByTestId('request-new').click();
    await page.waitForURL((u) => u.pathname === '/parent/requests/new');
    const form = new RequestFormPage(page);
    // Client checks first: nothing sent while required fields are empty.
    await page.getByTestId('request-submit').click();
    await page.getByText('Bitte füllen Sie dieses Feld aus.').first().waitFor();
    await form.fill({
      child: 'Mia Becker',
      start: deDate(START),
      extraDays: 2,
      street: 'Am Markt 3',
      district: 'Mitte',
      allergies: 'Laktose',
    });
    expect(await page.getByTestId('schedule-row').count()).toBe(3);
    expect(await page.getByTestId('schedule-hours').textContent()).toContain('12');
    await expectNoSeriousViolations(page);
    await fullScreenshot(page, 'placements-parent-request-form');
    await form.submit();

    await page.waitForURL((u) => /^\/parent\/requests\/[0-9a-f-]{36}$/.test(u.pathname));
    requestPath = new URL(page.url()).pathname;
    await page.getByTestId('request-details').waitFor();
    expect(await page.getByTestId('request-status').first().getAttribute('data-status')).toBe('submitted');
    expect(await page.getByTestId('request-times').textContent()).toContain('Mo 08:00–12:00, Di 08:00–12:00, Mi 08:00–12:00');
    expect(await page.getByTestId('request-entitled').textContent()).toContain('Ja');
    await page.getByTestId('proposals-none').waitFor();
    await expectNoSeriousViolations(page);
    await page.context().close();
  });

  it('the advisor finds it in the queue, reviews it, sees a refusal as a field error and proposes Jürgen Weiß', async () => {
    const page = await signedInPage(browser, ADVISOR, '/advisor');
    await open(page, 'nav-advisor-care-requests', '/advisor/care-requests');
    const row = page.getByTestId('queue-row').filter({ hasText: 'Mia Becker' });
    await row.waitFor();
    expect(await page.getByTestId('queue-count').textContent()).toMatch(/\d+ Anfragen/);
    await expectNoSeriousViolations(page);
    await fullScreenshot(page, 'placements-advisor-queue');
    // Filters live in the URL.
    await page.goto('/advisor/care-requests?district=Methler');
    await page.getByTestId('queue-row').filter({ hasText: 'Elif' }).waitFor();
    expect(await page.getByTestId('queue-row').filter({ hasText: 'Mia Becker' }).count()).toBe(0);
    await page.goto('/advisor/care-requests?district=Mitte&entitled=true');
    await page.getByTestId('queue-row').filter({ hasText: 'Mia Becker' }).getByTestId('queue-link').click();

    await page.waitForURL((u) => u.pathname === requestPath.replace('/parent/requests', '/advisor/care-requests'));
    await page.getByTestId('request-details').waitFor();
    await page.getByTestId('request-review').click();
    await page.locator('lotse-request-details [data-testid="request-status"][data-status="in_review"]').waitFor();
    await expectNoSeriousViolations(page);

    // A start beyond the permit's validity: the server's reason appears at the childminder field.
    await page.getByTestId('propose-childminder').fill('Weiß');
    await page.getByTestId('propose-option').filter({ hasText: 'Jürgen Weiß' }).click();
    await page.getByTestId('propose-start').fill(deDate(isoInDays(6 * 365)));
    await page.getByTestId('propose-submit').click();
    const fieldError = page.getByTestId('propose-childminder-error');
    await fieldError.getByText('keine gültige Pflegeerlaubnis').waitFor();
    expect(await fieldError.textContent()).toContain('Jürgen Weiß hat am');
    await expectNoSeriousViolations(page);

    await page.getByTestId('propose-start').fill(deDate(START));
    await page.getByTestId('propose-childminder').fill('');
    await page.getByTestId('propose-childminder').fill('Weiß');
    await page.getByTestId('propose-option').filter({ hasText: 'Jürgen Weiß' }).click();
    await page.getByTestId('propose-note').fill('Kennenlernen bitte in den nächsten zwei Wochen.');
    await page.getByTestId('propose-submit').click();
    const card = page.getByTestId('proposal-card');
    await card.waitFor();
    expect(await card.getAttribute('data-status')).toBe('open');
    expect(await card.textContent()).toContain('Jürgen Weiß');
    await page.locator('lotse-request-details [data-testid="request-status"][data-status="proposal"]').waitFor();
    await expectNoSeriousViolations(page);
    await fullScreenshot(page, 'placements-advisor-request');
    await page.context().close();
  });

  it('the parent accepts the proposal in her portal', async () => {
    const page = await signedInPage(browser, PARENT, '/parent');
    await open(page, 'nav-parent-requests', '/parent/requests');
    const row = page.getByTestId('request-row').filter({ hasText: 'Mia Becker' });
    expect(await row.getByTestId('request-status').getAttribute('data-status')).toBe('proposal');
    await expectNoSeriousViolations(page);
    await row.getByTestId('request-link').click();
    const card = page.getByTestId('proposal-card');
    await card.waitFor();
    expect(await card.textContent()).toContain('Kennenlernen bitte in den nächsten zwei Wochen.');
    await expectNoSeriousViolations(page);
    await fullScreenshot(page, 'placements-parent-proposal');
    // Declining needs a reason: the dialog refuses to send without one (cancelled here).
    await card.getByTestId('proposal-decline').click();
    const decline = await confirmDialog(page);
    await decline.getByTestId('reason-submit').click();
    await decline.getByText('Bitte füllen Sie dieses Feld aus.').waitFor();
    await expectNoSeriousViolations(page);
    await decline.getByTestId('reason-cancel').click();
    await decline.waitFor({ state: 'detached' });
    expect(await card.getAttribute('data-status')).toBe('open');

    await card.getByTestId('proposal-accept').click();
    await confirmDialog(page);
    await expectNoSeriousViolations(page);
    await submitDialog(page);
    await card.getByTestId('proposal-waiting').waitFor();
    expect(await card.getByTestId('proposal-parent-answer').textContent()).toContain('Zugestimmt');
    await page.context().close();
  });

  it('the childminder confirms her vacancy and accepts; the placement is created', async () => {
    const page = await signedInPage(browser, CHILDMINDER, '/childminder');
    await open(page, 'nav-childminder-vacancies', '/childminder/vacancies');
    const vacancy = page.getByTestId('vacancy-card').first();
    await vacancy.waitFor();
    await expectNoSeriousViolations(page);
    await vacancy.getByTestId('vacancy-confirm').click();
    await page.getByText('der Platz ist als noch frei bestätigt').waitFor();
    await page.locator('mat-snack-bar-container').getByRole('button').click();
    await page.locator('mat-snack-bar-container').waitFor({ state: 'detached' });
    // A second vacancy through the dialog (defaults: Mon–Fri 08:00–13:00, 12–36 months).
    await page.getByTestId('vacancy-new').click();
    await page.getByTestId('vacancy-form').waitFor();
    await page.getByTestId('vacancy-places').fill('1');
    await expectNoSeriousViolations(page);
    await page.getByTestId('vacancy-submit').click();
    await page.getByTestId('vacancy-form').waitFor({ state: 'detached' });
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="vacancy-card"]').length >= 2);
    await fullScreenshot(page, 'placements-childminder-vacancies');

    await open(page, 'nav-childminder-proposals', '/childminder/proposals');
    const card = page.getByTestId('proposal-card').filter({ hasText: 'Mia' });
    await card.waitFor();
    // Before both accepted, the family's last name and address stay hidden.
    expect(await card.getByTestId('proposal-family').textContent()).toContain('sobald beide zugestimmt haben');
    expect(await card.textContent()).not.toContain('Becker');
    expect(await card.getByTestId('proposal-parent-answer').textContent()).toContain('Zugestimmt');
    await expectNoSeriousViolations(page);
    await card.getByTestId('proposal-accept').click();
    await confirmDialog(page);
    await submitDialog(page);
    await page.locator('[data-testid="proposal-card"][data-status="accepted"]').filter({ hasText: 'Mia' }).waitFor();
    expect(await page.locator('[data-testid="proposal-card"][data-status="accepted"]').filter({ hasText: 'Mia' }).textContent()).toContain(
      'Becker',
    );
    await fullScreenshot(page, 'placements-childminder-proposals');

    await open(page, 'nav-childminder-children', '/childminder/children');
    const placement = page.getByTestId('placement-row').filter({ hasText: 'Mia Becker' });
    await placement.waitFor();
    expect(await placement.getByTestId('placement-state').getAttribute('data-status')).toBe('upcoming');
    expect(await placement.getByTestId('placement-measles').getAttribute('data-status')).toBe('declared');
    expect(await page.getByTestId('placement-row').filter({ hasText: 'Paul Schröder' }).count()).toBe(1);
    await expectNoSeriousViolations(page);
    await fullScreenshot(page, 'placements-childminder-children');
    await page.context().close();
  });

  it("the childminder's week grid counts Mia in her quarter hours against the permit's 5", async () => {
    const page = await signedInPage(browser, CHILDMINDER, '/childminder');
    await open(page, 'nav-childminder-week', '/childminder/week');
    await page.getByTestId('week-grid').waitFor();
    // Today: Paul only (Mon–Fri 08:00–12:00).
    const cell = (weekday: number, time: string) =>
      page.locator(`[data-testid="week-cell"][data-weekday="${weekday}"][data-time="${time}"]`);
    expect(await cell(1, '08:00').getAttribute('data-present')).toBe('1');
    await expectNoSeriousViolations(page);

    await page.getByTestId('week-date').fill(deDate(START));
    await page.getByTestId('week-date').press('Enter');
    await page.getByTestId('week-date').blur();
    await page.waitForURL((u) => u.searchParams.get('date') === START);
    await page.locator('[data-testid="week-summary"]').getByText(deDate(START)).waitFor();
    const headers = await page.locator('[data-testid="week-grid"] thead th').allTextContents();
    expect(headers.map((h) => h.trim())).toEqual(['Uhrzeit', 'Montag', 'Dienstag', 'Mittwoch', 'Donnerstag', 'Freitag']);
    for (const weekday of [1, 2, 3]) {
      expect(await cell(weekday, '07:45').getAttribute('data-present')).toBe('0');
      expect(await cell(weekday, '08:00').getAttribute('data-present')).toBe('2');
      expect(await cell(weekday, '11:45').getAttribute('data-present')).toBe('2');
      expect(await cell(weekday, '12:00').getAttribute('data-present')).toBe('0');
    }
    expect(await cell(4, '08:00').getAttribute('data-present')).toBe('1');
    expect((await cell(1, '08:00').textContent())?.trim()).toBe('2 / 5');
    expect(await cell(1, '08:00').getAttribute('class')).toContain('level-some');
    expect(await page.getByTestId('week-summary').textContent()).toContain('höchstens 2 von 5 Kindern');
    await expectNoSeriousViolations(page);
    await fullScreenshot(page, 'placements-childminder-week-grid');
    await page.context().close();
  });

  it("the placement appears in the advisor's list; the request is placed", async () => {
    const page = await signedInPage(browser, ADVISOR, '/advisor');
    await open(page, 'nav-advisor-placements', '/advisor/placements');
    const row = page.getByTestId('placement-row').filter({ hasText: 'Mia Becker' });
    await row.waitFor();
    expect(await row.getByTestId('placement-childminder').textContent()).toContain('Jürgen Weiß');
    expect(await row.getByTestId('placement-times').textContent()).toContain('Mo 08:00–12:00');
    await expectNoSeriousViolations(page);
    await fullScreenshot(page, 'placements-advisor-placements');
    // The end dialog opens with date and reason (cancelled here).
    await row.getByTestId('placement-end').click();
    const dialog = await confirmDialog(page);
    await dialog.getByTestId('reason-date').waitFor();
    await expectNoSeriousViolations(page);
    await dialog.getByTestId('reason-cancel').click();
    await dialog.waitFor({ state: 'detached' });

    await page.goto(requestPath.replace('/parent/requests', '/advisor/care-requests'));
    await page.locator('lotse-request-details [data-testid="request-status"][data-status="placed"]').waitFor();
    await page.context().close();
  });
});
