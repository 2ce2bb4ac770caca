import type { Browser, Page } from 'playwright-core';
import { launchBrowser, newContext, seriousA11yViolations } from '../../support/browser';
import { DEMO, LoginPage } from '../../support/login.page';
import { mailbox } from '../../support/mailbox';
import { PasswordResetPages } from '../../support/pages/password-reset.page';
import { fullScreenshot } from '../../support/pages/screenshot';

const OPERATOR = 'operator@lotse.example';
const ACCESS_NOTE = 'Barrierefreier Zugang über den Hintereingang, Klingel „Familienbüro“ (Browsertest).';

/**
 * Issue 9: the admin keeps "Amtsdaten" (contact, consultation hours, access note) with the
 * keyboard; the operator onboards a new office on "Ämter" whose admin sets her password through
 * the mailed link and lands on her own, empty office. Kamen's values are restored at the end.
 */
// SKIPPED (issue 9, not yet green): on the loaded machine of 2 Dec both cases timed out waiting
// for a navigation (admin sign-in → /admin; operator's Enter on "Ämter" → /operator/offices).
// Undiagnosed; the API side is covered by tests/api-e2e/specs/office. Unskip and fix before merging.
describe('office data and onboarding', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser.close());

  async function signIn(email: string, home: string, password?: string): Promise<Page> {
    const page = await (await newContext(browser)).newPage();
    const login = new LoginPage(page);
    await login.open();
    await login.signIn(email, password);
    await page.waitForURL((u) => u.pathname === home);
    return page;
  }

  async function loaded(page: Page): Promise<void> {
    await page.getByTestId('office-data-form').waitFor();
    await page.getByTestId('loading').waitFor({ state: 'detached' });
  }

  it('an admin edits consultation hours and the access note with the keyboard; overlaps are caught; saved values survive a reload', async () => {
    const page = await signIn(DEMO.admin, '/admin');
    await page.getByTestId('nav-admin-office').focus();
    await page.keyboard.press('Enter');
    await page.waitForURL((u) => u.pathname === '/admin/office');
    await loaded(page);
    await page.getByRole('heading', { level: 1, name: 'Amtsdaten' }).waitFor();
    for (const group of ['Kontakt', 'Sprechzeiten', 'Stadtteile', 'Datenschutzhinweise'])
      await page.getByRole('heading', { level: 2, name: group }).waitFor();
    const originalNote = await page.getByLabel('Barrierefreier Zugang').inputValue();
    expect(originalNote).toMatch(/Zugang/);
    const rows = await page.locator('[data-testid^="oh-row-"]').count();
    expect(rows).toBe(3);
    await page.waitForLoadState('networkidle');
    expect(await seriousA11yViolations(page)).toEqual([]);
    await fullScreenshot(page, 'admin-office-data');

    // A new row overlapping Monday 10–12 is refused before anything is sent.
    await page.getByTestId('oh-add').focus();
    await page.keyboard.press('Enter');
    const row = page.getByTestId(`oh-row-${rows}`);
    await row.getByTestId('oh-weekday').click();
    await page.getByRole('option', { name: 'Montag' }).click();
    await row.getByTestId('oh-from').fill('11:00');
    await row.getByTestId('oh-to').fill('13:00');
    await page.getByTestId('od-submit').focus();
    await page.keyboard.press('Enter');
    await page.getByTestId('oh-error').getByText('Zeiten am selben Wochentag dürfen sich nicht überschneiden.').waitFor();
    expect(await seriousA11yViolations(page)).toEqual([]);

    // Friday 09:00–11:00 instead, and a new access note; saved with Enter on the save button.
    await row.getByTestId('oh-weekday').click();
    await page.getByRole('option', { name: 'Freitag' }).click();
    await row.getByTestId('oh-from').fill('09:00');
    await row.getByTestId('oh-to').fill('11:00');
    await page.getByLabel('Barrierefreier Zugang').fill(ACCESS_NOTE);
    await page.getByTestId('od-submit').focus();
    await page.keyboard.press('Enter');
    await page.locator('mat-snack-bar-container').getByText('Die Amtsdaten wurden gespeichert.').waitFor();
    await page.reload();
    await loaded(page);
    expect(await page.getByLabel('Barrierefreier Zugang').inputValue()).toBe(ACCESS_NOTE);
    expect(await page.locator('[data-testid^="oh-row-"]').count()).toBe(rows + 1);
    // The public office page shows it at once.
    const pub = await (await page.request.get('/api/public/office')).json();
    expect(pub.office.accessNote).toBe(ACCESS_NOTE);

    // Restore Kamen's values (other specs read them): remove the Friday row, the old note.
    await page.getByTestId(`oh-row-${rows}`).getByTestId('oh-remove').click();
    await page.getByLabel('Barrierefreier Zugang').fill(originalNote);
    await page.getByTestId('od-submit').click();
    await page.locator('mat-snack-bar-container').getByText('Die Amtsdaten wurden gespeichert.').waitFor();
  });

  it('the operator creates an office; its admin sets her password from the mail and sees her own office', async () => {
    const slug = `browser-${Date.now().toString(36)}`;
    const adminEmail = `leitung-${slug}@example.org`;
    const page = await signIn(OPERATOR, '/profile');
    await page.getByTestId('nav-operator-offices').focus();
    await page.keyboard.press('Enter');
    await page.waitForURL((u) => u.pathname === '/operator/offices');
    await page.getByTestId('oo-row-kamen').waitFor();
    await page.waitForLoadState('networkidle');
    expect(await seriousA11yViolations(page)).toEqual([]);

    // The server's answer for a taken slug is shown at the field.
    await page.getByLabel('Name des Amtes').fill('Stadt Bergkamen');
    await page.getByLabel('Kürzel').fill('kamen');
    await page.getByLabel('Stadtteile').fill('Mitte\nOverberge\nRünthe');
    await page.getByLabel('Vorname').fill('Berta');
    await page.getByLabel('Nachname').fill('Beispiel');
    await page.getByLabel('E-Mail-Adresse').fill(adminEmail);
    await page.getByTestId('oo-submit').click();
    await page.getByText('Dieses Kürzel ist bereits vergeben.').waitFor();

    const seen = await mailbox.ids();
    await page.getByLabel('Kürzel').fill(slug);
    await page.getByTestId('oo-submit').focus();
    await page.keyboard.press('Enter');
    await page.getByTestId('oo-created').waitFor();
    await page.getByTestId(`oo-row-${slug}`).waitFor();
    expect(await seriousA11yViolations(page)).toEqual([]);
    await fullScreenshot(page, 'operator-offices');

    const mail = await mailbox.waitFor(adminEmail, 'Ihr Zugang zu Lotse', seen);
    const link = /https?:\/\/\S+\/reset-password\?token=[A-Za-z0-9_-]+/.exec(mail.text)?.[0];
    expect(link).toBeTruthy();
    const fresh = await (await newContext(browser)).newPage();
    await fresh.goto(link!);
    await new PasswordResetPages(fresh).setPassword('Bergkamen-Leitung-2026');
    await new LoginPage(fresh).signIn(adminEmail, 'Bergkamen-Leitung-2026');
    await fresh.waitForURL((u) => u.pathname === '/admin');
    await fresh.goto('/admin/office');
    await loaded(fresh);
    expect(await fresh.getByTestId('od-districts').inputValue()).toBe('Mitte\nOverberge\nRünthe');
    await fresh.getByText('Keine offenen Sprechzeiten: nur nach Vereinbarung.').waitFor();
  });
});
