import type { Browser, Page } from 'playwright-core';
import { expectNoSeriousViolations, launchBrowser, newContext, screenshotPath } from '../../support/browser';
import { DEMO_PASSWORD, LoginPage } from '../../support/login.page';

// A demo parent no other browser spec signs in as; the password is set back at the end.
const EMAIL = 'eltern3@kamen.example';
const NEW_PASSWORD = 'Ein-neues-Passwort-aus-dem-Profil';

describe('a signed-in parent changes her password in the profile', () => {
  let browser: Browser;
  let changed = false;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    try {
      // Only if the spec stopped half-way: other specs and demos use the demo password.
      if (changed) await changePassword(await signIn(NEW_PASSWORD), NEW_PASSWORD, DEMO_PASSWORD);
    } finally {
      await browser.close();
    }
  });

  async function signIn(password: string): Promise<Page> {
    const page = await (await newContext(browser)).newPage();
    const login = new LoginPage(page);
    await login.open();
    await login.signIn(EMAIL, password);
    await page.waitForURL((u) => u.pathname === '/parent');
    return page;
  }

  async function openProfile(page: Page): Promise<void> {
    await page.goto('/profile');
    await page.getByRole('heading', { name: 'Passwort ändern' }).waitFor();
  }

  async function changePassword(page: Page, current: string, next: string): Promise<void> {
    await openProfile(page);
    await page.getByTestId('password-current').fill(current);
    await page.getByLabel('Neues Passwort', { exact: true }).fill(next);
    await page.getByLabel('Neues Passwort wiederholen').fill(next);
    await page.getByTestId('password-submit').click();
    await page.getByText('Ihr Passwort wurde geändert.').waitFor();
  }

  it('with the rules shown, server errors at the fields, and signs in with the new one; then sets it back', async () => {
    const page = await signIn(DEMO_PASSWORD);
    await openProfile(page);
    await page.getByTestId('password-new-rules').getByText('Mindestens 12 Zeichen.').waitFor();
    expect(await page.getByTestId('password-current').getAttribute('autocomplete')).toBe('current-password');
    expect(await page.getByLabel('Neues Passwort', { exact: true }).getAttribute('autocomplete')).toBe('new-password');
    await expectNoSeriousViolations(page);

    // A wrong current password is refused by the server and shown at the field (keyboard only).
    await page.getByTestId('password-current').fill('Nicht-mein-Passwort-2026');
    await page.getByLabel('Neues Passwort', { exact: true }).fill(NEW_PASSWORD);
    await page.getByLabel('Neues Passwort wiederholen').fill(NEW_PASSWORD);
    await page.keyboard.press('Enter');
    await page.getByText('Das aktuelle Passwort ist nicht korrekt.').waitFor();
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('password-current');
    await page.screenshot({ path: screenshotPath('profile-change-password'), fullPage: true });
    await expectNoSeriousViolations(page);

    await page.getByTestId('password-current').fill(DEMO_PASSWORD);
    await page.getByTestId('password-submit').click();
    await page.getByText('Ihr Passwort wurde geändert.').waitFor();
    changed = true;
    // The form is cleared and this session stays signed in.
    expect(await page.getByTestId('password-current').inputValue()).toBe('');
    expect(await page.getByLabel('Neues Passwort', { exact: true }).inputValue()).toBe('');
    expect(await page.locator('mat-error').count()).toBe(0);
    await page.reload();
    await page.getByRole('heading', { name: 'Passwort ändern' }).waitFor();

    await page.getByTestId('user-menu').click();
    await page.getByTestId('logout').click();
    await page.waitForURL((u) => u.pathname.startsWith('/login'));
    // The old password no longer works, the new one does.
    await new LoginPage(page).signIn(EMAIL, DEMO_PASSWORD);
    await page.getByText('E-Mail-Adresse oder Passwort ist falsch.').waitFor();
    const again = await signIn(NEW_PASSWORD);

    await changePassword(again, NEW_PASSWORD, DEMO_PASSWORD);
    changed = false;
    await signIn(DEMO_PASSWORD);
  });
});
