import type { Browser, Page } from 'playwright-core';
import { expectNoSeriousViolations, launchBrowser, newContext, screenshotPath } from '../../support/browser';
import { DEMO_PASSWORD, LoginPage } from '../../support/login.page';
import { PasswordResetPages } from '../../support/pages/password-reset.page';

// A demo parent no other browser spec signs in as; the password is set back at the end.
const EMAIL = 'eltern4@kamen.example';
const NEW_PASSWORD = 'Ein-neues-Passwort-fuer-Lukas';

describe('a parent who forgot the password sets a new one from the mailed link', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    try {
      await restoreDemoPassword();
    } finally {
      await browser.close();
    }
  });

  async function freshPage(): Promise<Page> {
    return (await newContext(browser)).newPage();
  }

  async function signInLandsHome(page: Page, password: string): Promise<void> {
    const login = new LoginPage(page);
    await login.open();
    await login.signIn(EMAIL, password);
    await page.waitForURL((u) => u.pathname === '/parent');
  }

  it('requests the link from the login page, sets a new password and signs in with it', async () => {
    const page = await freshPage();
    const login = new LoginPage(page);
    await login.open();
    await page.getByTestId('login-email').fill(EMAIL);
    await page.getByTestId('forgot-password-link').click();
    await page.waitForURL((u) => u.pathname === '/forgot-password');
    await page.getByRole('heading', { name: 'Passwort vergessen' }).waitFor();
    expect(await page.getByLabel('E-Mail-Adresse').inputValue()).toBe(EMAIL);
    await expectNoSeriousViolations(page);

    const resets = new PasswordResetPages(page);
    const link = await resets.requestLink(EMAIL);
    await page.getByText('Wenn zu dieser E-Mail-Adresse ein Konto besteht').waitFor();
    await page.screenshot({ path: screenshotPath('forgot-password-sent'), fullPage: true });

    await page.goto(link);
    await page.getByRole('heading', { name: 'Neues Passwort festlegen' }).waitFor();
    await page.getByText('Mindestens 12 Zeichen.').waitFor();
    await expectNoSeriousViolations(page);
    // A repetition that differs is caught before anything is sent.
    await page.getByLabel('Neues Passwort', { exact: true }).fill(NEW_PASSWORD);
    await page.getByLabel('Neues Passwort wiederholen').fill(`${NEW_PASSWORD}x`);
    await page.keyboard.press('Enter');
    await page.getByText('Die beiden Passwörter stimmen nicht überein.').waitFor();
    await page.screenshot({ path: screenshotPath('reset-password'), fullPage: true });

    await resets.setPassword(NEW_PASSWORD);
    await page.getByText('Ihr Passwort wurde geändert.').waitFor();

    // The link works only once.
    await page.goto(link);
    await page.getByTestId('reset-password').fill(`${NEW_PASSWORD}-2`);
    await page.getByTestId('reset-repeat').fill(`${NEW_PASSWORD}-2`);
    await page.getByTestId('reset-submit').click();
    await page.getByTestId('reset-invalid').getByText('Der Link ist ungültig oder abgelaufen.').waitFor();
    expect(await page.getByTestId('reset-password').count()).toBe(0);
    expect(await page.getByTestId('reset-request-new').getAttribute('href')).toBe('/forgot-password');

    await signInLandsHome(await freshPage(), NEW_PASSWORD);
  });

  /** Puts the demo password back through the same flow, since other specs and demos use it. */
  async function restoreDemoPassword(): Promise<void> {
    const page = await freshPage();
    await page.goto('/forgot-password');
    const resets = new PasswordResetPages(page);
    await page.getByTestId('forgot-email').waitFor();
    await page.goto(await resets.requestLink(EMAIL));
    await resets.setPassword(DEMO_PASSWORD);
    await signInLandsHome(await freshPage(), DEMO_PASSWORD);
  }
});
