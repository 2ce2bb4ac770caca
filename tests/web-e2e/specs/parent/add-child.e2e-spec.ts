import type { Browser } from 'playwright-core';
import { launchBrowser, newContext, screenshotPath, seriousA11yViolations } from '../../support/browser';
import { DEMO, LoginPage } from '../../support/login.page';

describe('a parent registers a child', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser.close());

  it('shows German field errors, then saves the child and lists it', async () => {
    const ctx = await newContext(browser);
    const page = await ctx.newPage();
    const login = new LoginPage(page);
    await login.open();
    await login.signIn(DEMO.parent);
    await page.waitForURL((u) => u.pathname.startsWith('/parent'));
    await page.goto('/parent/children/new');
    await page.getByTestId('child-first-name').waitFor();
    // Submitting the empty form names every missing field in German.
    await page.getByTestId('child-submit').click();
    await page.getByText('Bitte füllen Sie dieses Feld aus.').first().waitFor();
    expect(await seriousA11yViolations(page)).toEqual([]);
    await page.screenshot({ path: screenshotPath('parent-add-child-errors'), fullPage: true });

    await page.getByTestId('child-first-name').fill('Jonas');
    await page.getByTestId('child-last-name').fill('Becker-Öztürk');
    await page.getByTestId('child-dob').fill('03.02.2025');
    await page.getByTestId('child-notes').fill('Allergie gegen Erdnüsse');
    await page.getByTestId('child-submit').click();
    await page.getByText('Jonas').first().waitFor();
    await page.goto('/parent');
    await page.getByTestId('children-table').getByText('Becker-Öztürk, Jonas').waitFor();
    await ctx.close();
  });
});
