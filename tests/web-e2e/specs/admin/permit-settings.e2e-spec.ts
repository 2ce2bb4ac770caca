import type { Browser, Page } from 'playwright-core';
import { launchBrowser, newContext, seriousA11yViolations } from '../../support/browser';
import { DEMO, LoginPage } from '../../support/login.page';
import { PermitSettingsPage } from '../../support/pages/permit-settings.page';
import { fullScreenshot } from '../../support/pages/screenshot';

/**
 * The admin opens "Einstellungen Pflegeerlaubnis" with the keyboard, sees the legal maxima, is
 * stopped by the client checks, saves a new validity, finds it after a reload, and gets the
 * "changed in the meantime" message when another window saved first. The demo office's values
 * are restored at the end (other specs rely on the five-year validity).
 */
describe('admin: permit settings', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser.close());

  async function signInAsAdmin(): Promise<Page> {
    const ctx = await newContext(browser);
    const page = await ctx.newPage();
    const login = new LoginPage(page);
    await login.open();
    await login.signIn(DEMO.admin);
    await page.waitForURL((u) => u.pathname === '/admin');
    return page;
  }

  it('an admin changes the validity, saves, reloads and sees it; a stale form gets the conflict message', async () => {
    const page = await signInAsAdmin();
    const settings = new PermitSettingsPage(page);
    await settings.openByKeyboard();
    await page.getByRole('heading', { level: 1, name: 'Einstellungen Pflegeerlaubnis' }).waitFor();
    for (const group of ['Regeln', 'Briefkopf', 'Bescheidtexte']) await page.getByRole('heading', { level: 2, name: group }).waitFor();
    expect(await settings.field('ps-validity-years').inputValue()).toBe('5');
    await page.getByText('Gleichzeitig anwesend; gesetzliches Höchstmaß: 5 Kinder (§ 43 Abs. 3 SGB VIII)').waitFor();
    // Labelled fields: reachable by their German label.
    await page.getByLabel('Gültigkeit in Jahren').waitFor();

    await page.waitForLoadState('networkidle');
    expect(await seriousA11yViolations(page)).toEqual([]);
    await fullScreenshot(page, 'admin-permit-settings');

    // Client checks: beyond the legal maximum, a malformed prefix.
    await settings.set('ps-max-children', '6');
    await settings.set('ps-number-prefix', 'ka1');
    await page.getByTestId('ps-submit').click();
    await settings.message().getByText('Bitte prüfen Sie die markierten Angaben.').waitFor();
    await page.getByText('Der Wert darf höchstens 5 sein.').waitFor();
    await page.getByText('Bitte 2 bis 6 Großbuchstaben (A–Z) angeben.').waitFor();
    expect(await seriousA11yViolations(page)).toEqual([]);

    await settings.set('ps-max-children', '5');
    await settings.set('ps-number-prefix', 'KAM');
    await settings.set('ps-validity-years', '4');
    await settings.save();
    await page.reload();
    await settings.loaded();
    expect(await settings.field('ps-validity-years').inputValue()).toBe('4');

    // A second window saves first; this one is stale.
    const other = await page.context().newPage();
    const otherSettings = new PermitSettingsPage(other);
    await other.goto('/admin/permit-settings');
    await otherSettings.loaded();
    await otherSettings.set('ps-validity-years', '5');
    await otherSettings.save();
    await other.close();

    await settings.set('ps-validity-years', '3');
    await page.getByTestId('ps-submit').click();
    await settings
      .message()
      .getByText(/Die Einstellungen wurden inzwischen geändert .*, bitte neu laden/)
      .waitFor();
    await page.getByTestId('ps-reload').click();
    await settings.loaded();
    expect(await settings.field('ps-validity-years').inputValue()).toBe('5');
    expect(await settings.message().textContent()).toBe('');
  });
});
