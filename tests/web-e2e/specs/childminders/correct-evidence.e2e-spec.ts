import { randomUUID } from 'node:crypto';
import type { Browser } from 'playwright-core';
import { expectNoSeriousViolations, launchBrowser, newContext } from '../../support/browser';
import { DEMO, LoginPage } from '../../support/login.page';
import { ChildminderFilePage, ChildmindersListPage } from '../../support/pages/childminders.page';
import { EvidenceChecklist } from '../../support/pages/evidence.page';
import { RegisterPage, type Applicant } from '../../support/pages/register.page';

/** `dd.mm.yyyy` of a day `n` days before today (what people type into the German date fields). */
function daysAgo(n: number): string {
  const d = new Date();
  d.setDate(d.getDate() - n);
  return `${String(d.getDate()).padStart(2, '0')}.${String(d.getMonth() + 1).padStart(2, '0')}.${d.getFullYear()}`;
}

const applicant: Applicant = {
  email: `jana.korrigiert-${randomUUID().slice(0, 8)}@example.org`,
  password: 'Kindertagespflege-2026',
  firstName: 'Jana',
  lastName: 'Korrigiert',
  dateOfBirth: '03.02.1988',
  phone: '02307 112233',
  street: 'Lünener Straße 4',
  postcode: '59174',
  city: 'Kamen',
  district: 'Methler',
  languages: ['Deutsch'],
};

/**
 * A wrongly recorded evidence item is deleted: by the childminder herself in "Meine Nachweise"
 * (keyboard, reason optional) and by the advisor in the file (reason required, shown in the timeline).
 */
describe('correcting evidence: delete a wrongly recorded item', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser.close());

  it('the childminder deletes her own unconfirmed item with the keyboard', async () => {
    const ctx = await newContext(browser);
    const page = await ctx.newPage();
    const register = new RegisterPage(page);
    await register.open();
    await register.fill(applicant);
    await register.addWeeklyTime('08:00', '12:00');
    await register.acceptPrivacyNotice();
    await register.submitConfirmAndSignIn(applicant);
    await page.waitForURL((u) => u.pathname === '/childminder');

    await page.getByTestId('nav-childminder-evidence').click();
    await page.waitForURL((u) => u.pathname === '/childminder/evidence');
    const checklist = new EvidenceChecklist(page);
    await checklist.entry('first_aid').waitFor();
    expect(await checklist.entry('first_aid').getByTestId('evidence-delete').count()).toBe(0);
    await checklist.record('first_aid', { date: daysAgo(40), units: 9 });
    await checklist.record('ifsg_instruction', { date: daysAgo(10) });
    // Her own entries are declarations until an advisor confirms them (issue 11): recorded, not yet valid.
    await checklist.entry('first_aid').getByTestId('evidence-delete').waitFor();
    expect(await checklist.entry('first_aid').getAttribute('data-status')).toBe('missing');

    const remove = checklist.entry('first_aid').getByTestId('evidence-delete');
    expect(await remove.getAttribute('aria-label')).toBe('Nachweis löschen: Erste-Hilfe-Kurs am Kind');
    await expectNoSeriousViolations(page);
    await remove.focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog');
    await dialog.getByTestId('delete-evidence-reason').waitFor();
    expect(await dialog.textContent()).toContain('Grund (freiwillig)');
    await expectNoSeriousViolations(page);
    await dialog.getByTestId('delete-evidence-submit').click();
    await dialog.waitFor({ state: 'detached' });
    await page.getByText('Der Nachweis wurde gelöscht.').waitFor();
    await page.locator('[data-testid="evidence-entry"][data-evidence-type="first_aid"][data-status="missing"]').waitFor();
    expect(await checklist.entry('first_aid').getByTestId('evidence-delete').count()).toBe(0);
    await expectNoSeriousViolations(page);
    await ctx.close();
  });

  it('the advisor deletes an item of the file with a reason, which the timeline shows', async () => {
    const ctx = await newContext(browser);
    const page = await ctx.newPage();
    const login = new LoginPage(page);
    await login.open();
    await login.signIn(DEMO.advisor);
    await page.waitForURL((u) => u.pathname === '/advisor');
    const list = new ChildmindersListPage(page);
    await list.open();
    await list.search('Korrigiert');
    await list.waitForRows(1);
    await page.getByTestId('childminder-link').filter({ hasText: 'Korrigiert, Jana' }).click();
    await page.waitForURL((u) => /^\/advisor\/childminders\/[0-9a-f-]{36}$/.test(u.pathname));

    const checklist = new EvidenceChecklist(page);
    await checklist.entry('ifsg_instruction').getByTestId('evidence-delete').waitFor();
    // Without a reason the dialog refuses in place.
    await checklist.entry('ifsg_instruction').getByTestId('evidence-delete').click();
    const dialog = page.getByRole('dialog');
    await dialog.getByTestId('delete-evidence-submit').click();
    await dialog.getByText('Bitte füllen Sie dieses Feld aus.').waitFor();
    await expectNoSeriousViolations(page);
    await dialog.getByTestId('delete-evidence-cancel').click();
    await dialog.waitFor({ state: 'detached' });

    await checklist.delete('ifsg_instruction', 'Belehrung gehört zu einer anderen Person.');
    await page.locator('[data-testid="evidence-entry"][data-evidence-type="ifsg_instruction"][data-status="missing"]').waitFor();
    const file = new ChildminderFilePage(page);
    await file.tab('timeline');
    const event = page
      .locator('[data-testid="timeline-event"][data-type="evidence_deleted"]')
      .filter({ hasText: 'Belehrung gehört zu einer anderen Person.' });
    await event.waitFor();
    expect(await page.locator('[data-testid="timeline-event"][data-type="evidence_deleted"]').count()).toBe(2);
    await expectNoSeriousViolations(page);
    await ctx.close();
  });
});
