import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { expectNoSeriousViolations, launchBrowser, newContext } from '../../support/browser';
import { DEMO, LoginPage } from '../../support/login.page';
import { mailbox } from '../../support/mailbox';
import { ChildminderFilePage, ChildmindersListPage } from '../../support/pages/childminders.page';
import { EvidenceChecklist } from '../../support/pages/evidence.page';
import { RegisterPage, type Applicant } from '../../support/pages/register.page';
import { fullScreenshot } from '../../support/pages/screenshot';

/** `dd.mm.yyyy` of a day `n` days before today (what people type into the German date fields). */
function daysAgo(n: number): string {
  const d = new Date();
  d.setDate(d.getDate() - n);
  return `${String(d.getDate()).padStart(2, '0')}.${String(d.getMonth() + 1).padStart(2, '0')}.${d.getFullYear()}`;
}

/** A small but valid PDF (the API checks the `%PDF-` signature, not the name). */
const MINIMAL_PDF = [
  '%PDF-1.4',
  '1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj',
  '2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj',
  '3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >> endobj',
  'trailer << /Root 1 0 R >>',
  '%%EOF',
  '',
].join('\n');

const applicant: Applicant = {
  email: 'lena.brueckner@example.org',
  password: 'Kindertagespflege-2026',
  firstName: 'Lena',
  lastName: 'Brückner',
  dateOfBirth: '17.05.1990',
  phone: '02307 445566',
  street: 'Bahnhofstraße 12',
  postcode: '59174',
  city: 'Kamen',
  district: 'Heeren-Werve',
  languages: ['Deutsch', 'Englisch'],
};

/**
 * A prospective childminder registers and hands in her first-aid certificate as a PDF; an advisor
 * finds her with search and status filter, confirms the document, records the good-conduct
 * inspection and moves her file on. Every new page is scanned with axe.
 */
describe('childminder registration and qualification tracking', () => {
  let browser: Browser;
  let tmp: string;
  let pdf: string;

  beforeAll(async () => {
    browser = await launchBrowser();
    tmp = mkdtempSync(join(tmpdir(), 'lotse-web-e2e-'));
    pdf = join(tmp, 'erste-hilfe-bescheinigung.pdf');
    writeFileSync(pdf, MINIMAL_PDF, 'latin1');
  });
  afterAll(async () => {
    await browser.close();
    rmSync(tmp, { recursive: true, force: true });
  });

  it('a new childminder registers, uploads her first-aid certificate and sees it pending', async () => {
    const ctx = await newContext(browser);
    const page = await ctx.newPage();
    await new LoginPage(page).open();
    const officeResponse = page.waitForResponse((r) => new URL(r.url()).pathname === '/api/public/office');
    await page.getByTestId('register-link').click();
    await page.waitForURL((u) => u.pathname === '/register');
    const register = new RegisterPage(page);
    await page.getByTestId('cm-email').waitFor();
    // The office comes from the server: its districts fill the select, its hours the contact card.
    const office = (await (await officeResponse).json()) as { slug: string; districts: string[] };
    expect(office.slug).toBe('kamen');
    expect(await register.districtOptions()).toEqual(office.districts);
    await page.getByTestId('register-office').getByTestId('opening-hours').getByText('Montag').waitFor();

    // An empty submit names the problems (German, in the live region and at the fields).
    await register.submit();
    await page.getByTestId('register-error').getByText('Bitte prüfen Sie die markierten Angaben.').waitFor();
    expect(await page.getByText('Bitte füllen Sie dieses Feld aus.').count()).toBeGreaterThan(3);

    await register.fill(applicant);
    await register.addWeeklyTime('07:30', '13:00');
    await register.addWeeklyTime('07:30', '13:00');
    await page.getByTestId('weekly-hours').getByText('11 Stunden pro Woche').waitFor();
    // The privacy notice opens by keyboard from the consent label, and closing it returns focus without ticking the box.
    await page.getByTestId('cm-privacy').locator('input[type="checkbox"]').focus();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('privacy-notice-open');
    await page.keyboard.press('Enter');
    const notice = page.getByRole('dialog', { name: 'Datenschutzhinweise zur Registrierung' });
    await notice.getByText('LDI NRW', { exact: false }).waitFor();
    await notice.getByText('§§ 43, 72a SGB VIII', { exact: false }).waitFor();
    await expectNoSeriousViolations(page);
    await fullScreenshot(page, 'register-privacy-notice');
    await page.keyboard.press('Escape');
    await notice.waitFor({ state: 'detached' });
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('privacy-notice-open');
    expect(await page.getByTestId('cm-privacy').locator('input[type="checkbox"]').isChecked()).toBe(false);

    await register.acceptPrivacyNotice();
    await expectNoSeriousViolations(page);
    await fullScreenshot(page, 'register');

    const seen = await mailbox.ids();
    await register.submit();
    // No session yet: the page asks her to confirm the address with the mailed link (issue 10).
    await page.getByTestId('register-done').getByText(applicant.email, { exact: false }).waitFor();
    await expectNoSeriousViolations(page);
    const welcome = await mailbox.waitFor(applicant.email, 'Ihre Registrierung als Tagespflegeperson', seen);
    const link = /https?:\/\/\S+\/verify-email\?token=[A-Za-z0-9_-]+/.exec(welcome.text)?.[0];
    if (!link) throw new Error(`no confirmation link in mail: ${welcome.text}`);
    // Before confirming, the right password gets a clear hint (and a way to a new link), not a session.
    const login = new LoginPage(page);
    await login.open();
    await login.signIn(applicant.email, applicant.password);
    await page.getByTestId('login-resend-verification').waitFor();
    await page.goto(link);
    await page.getByTestId('verify-done').waitFor();
    await expectNoSeriousViolations(page);
    await page.getByTestId('verify-to-login').click();
    await page.waitForURL((u) => u.pathname === '/login');
    await login.signIn(applicant.email, applicant.password);
    await page.waitForURL((u) => u.pathname === '/childminder');
    await page.getByTestId('evidence-card').getByTestId('cm-status').waitFor();
    expect(await page.getByTestId('cm-status').getAttribute('data-status')).toBe('interested');
    await page.getByTestId('user-menu').getByText('Lena Brückner').waitFor();

    // "Meine Nachweise": record first aid with the certificate attached.
    await page.getByTestId('nav-childminder-evidence').click();
    await page.waitForURL((u) => u.pathname === '/childminder/evidence');
    const checklist = new EvidenceChecklist(page);
    await checklist.entry('first_aid').waitFor();
    expect(await checklist.entry('first_aid').getAttribute('data-status')).toBe('missing');
    // The certificate of good conduct is inspected by the office: no upload, and the page says why.
    const goodConduct = checklist.entry('good_conduct');
    await goodConduct.getByTestId('good-conduct-notice').waitFor();
    expect(await goodConduct.getByTestId('evidence-upload').count()).toBe(0);
    expect(await goodConduct.getByTestId('evidence-record').count()).toBe(0);

    await checklist.record('first_aid', { date: daysAgo(30), units: 9, file: pdf });
    await checklist.document('first_aid', 'pending').waitFor();
    const firstAid = checklist.entry('first_aid');
    // Her own entry is a declaration until the advisor confirms the document (issue 11).
    expect(await firstAid.getAttribute('data-status')).toBe('missing');
    expect(await firstAid.getByTestId('document-status').textContent()).toContain('Wird geprüft');
    expect(await firstAid.getByTestId('document-download').textContent()).toContain('erste-hilfe-bescheinigung.pdf');
    await expectNoSeriousViolations(page);
    await fullScreenshot(page, 'childminder-evidence');

    // "Mein Weg zur Pflegeerlaubnis" and "Mein Profil" are reachable and accessible too.
    await page.getByTestId('nav-childminder-permit-path').click();
    await page.getByTestId('status-path').waitFor();
    expect(await page.getByTestId('next-step').count()).toBeGreaterThan(0);
    await expectNoSeriousViolations(page);
    await page.getByTestId('nav-childminder-profile').click();
    await page.getByTestId('cm-profile-submit').waitFor();
    expect(await page.getByTestId('cm-first-name').inputValue()).toBe('Lena');
    await expectNoSeriousViolations(page);
    await ctx.close();
  });

  it('an advisor finds her with search and status filter, confirms the document and moves the file on', async () => {
    const ctx = await newContext(browser);
    const page = await ctx.newPage();
    const login = new LoginPage(page);
    await login.open();
    await login.signIn(DEMO.advisor);
    await page.waitForURL((u) => u.pathname === '/advisor');
    await page.getByTestId('reminders-card').waitFor();

    const list = new ChildmindersListPage(page);
    await list.open();
    await expectNoSeriousViolations(page);
    await fullScreenshot(page, 'advisor-childminders');
    await list.search('Brückner');
    await list.filterStatus('interested');
    await list.waitForRows(1);
    // The filtered list is linkable: the URL carries search and filter.
    expect(new URL(page.url()).search).toContain('status=interested');
    // The same list again from the link alone (bookmarked or sent on).
    await page.goto(page.url());
    await list.waitForRows(1);
    await page.getByTestId('childminder-link').filter({ hasText: 'Brückner, Lena' }).click();
    await page.waitForURL((u) => /^\/advisor\/childminders\/[0-9a-f-]{36}$/.test(u.pathname));
    await page.getByTestId('page-title').filter({ hasText: 'Lena Brückner' }).waitFor();

    // Confirm the pending certificate in the checklist.
    const file = new ChildminderFilePage(page);
    const checklist = new EvidenceChecklist(page);
    await checklist.document('first_aid', 'pending').waitFor();
    await checklist.document('first_aid', 'pending').getByTestId('document-confirm').click();
    await checklist.document('first_aid', 'confirmed').waitFor();
    expect(await checklist.document('first_aid').getByTestId('document-status').textContent()).toContain('Bestätigt');

    // Record the inspection of the certificate of good conduct (no upload offered).
    expect(await checklist.entry('good_conduct').getByTestId('evidence-upload').count()).toBe(0);
    await checklist.record('good_conduct', { date: daysAgo(20), conviction: false });
    await checklist.entry('good_conduct').getByTestId('evidence-inspection').waitFor();
    expect(await checklist.entry('good_conduct').getAttribute('data-status')).toBe('valid');

    // Move the file on: interested → applicant (once the file has reloaded after the last change).
    await page.getByTestId('loading').waitFor({ state: 'detached' });
    await file.transition('applicant', 'Infoabend besucht');
    await page
      .locator('[data-testid="file-status"][data-status="applicant"]')
      .waitFor({ timeout: 10_000 })
      .catch(async (e) => {
        throw new Error(`status not changed; transition-error: ${await page.getByTestId('transition-error').textContent()}; ${e}`);
      });
    await file.tab('timeline');
    await page.getByTestId('timeline-event').filter({ hasText: 'Dokument bestätigt' }).waitFor();
    await file.tab('evidence');
    await expectNoSeriousViolations(page);
    await fullScreenshot(page, 'advisor-childminder-file');

    // The other tabs are accessible as well.
    await file.tab('documents');
    await page.locator('[data-testid="evidence-document"][data-status="confirmed"]').last().waitFor();
    await expectNoSeriousViolations(page);
    await file.tab('profile');
    await page.getByTestId('cm-file-submit').waitFor();
    await expectNoSeriousViolations(page);
    await ctx.close();
  });

  it('the childminder sees the confirmed document and her new status', async () => {
    const ctx = await newContext(browser);
    const page = await ctx.newPage();
    const login = new LoginPage(page);
    await login.open();
    await login.signIn(applicant.email, applicant.password);
    await page.waitForURL((u) => u.pathname === '/childminder');
    await page.getByTestId('evidence-card').getByTestId('cm-status').waitFor();
    expect(await page.getByTestId('cm-status').getAttribute('data-status')).toBe('applicant');
    await page.getByTestId('evidence-link').click();
    const checklist = new EvidenceChecklist(page);
    await checklist.document('first_aid', 'confirmed').waitFor();
    await ctx.close();
  });

  it('the advisor form for a new file and the admin evidence rules are accessible', async () => {
    const ctx = await newContext(browser);
    const page = await ctx.newPage();
    const login = new LoginPage(page);
    await login.open();
    await login.signIn(DEMO.advisor);
    await page.waitForURL((u) => u.pathname === '/advisor');
    await page.goto('/advisor/childminders/new');
    await page.getByTestId('cm-create-submit').waitFor();
    await expectNoSeriousViolations(page);
    await page.getByTestId('user-menu').click();
    await page.getByTestId('logout').click();
    await page.waitForURL((u) => u.pathname === '/login');

    await login.signIn(DEMO.admin);
    await page.waitForURL((u) => u.pathname === '/admin');
    await page.getByTestId('nav-admin-evidence-rules').click();
    await page.getByTestId('evidence-rules-table').waitFor();
    expect(await page.getByTestId('rule-row').count()).toBe(8);
    await expectNoSeriousViolations(page);
    // The edit dialog (closed without saving: the demo rules stay as they are).
    await page.locator('[data-testid="rule-row"][data-type="first_aid"]').getByTestId('rule-edit').click();
    await page.getByTestId('rule-field-validity').waitFor();
    expect(await page.getByTestId('rule-field-validity').inputValue()).toBe('24');
    await expectNoSeriousViolations(page);
    await page.getByTestId('rule-cancel').click();
    await ctx.close();
  });
});
