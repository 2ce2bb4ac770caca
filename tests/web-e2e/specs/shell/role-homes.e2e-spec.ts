import type { Browser } from 'playwright-core';
import { launchBrowser, newContext, screenshotPath, seriousA11yViolations } from '../../support/browser';
import { DEMO, LoginPage } from '../../support/login.page';

const HOMES = {
  admin: { path: '/admin', title: /Verwaltung|Administration/ },
  advisor: { path: '/advisor', title: /Fachberatung/ },
  staff: { path: '/staff/inquiries', title: /Anfragen/ },
  childminder: { path: '/childminder', title: /Tagespflege/ },
  parent: { path: '/parent', title: /Eltern|Meine Kinder/ },
} as const;

describe('every role signs in and lands on its home page', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser.close());

  it('the login page is German, labelled and free of serious accessibility violations', async () => {
    const ctx = await newContext(browser);
    const page = await ctx.newPage();
    await new LoginPage(page).open();
    expect(await page.getAttribute('html', 'lang')).toBe('de');
    await expect(page.getByLabel('E-Mail-Adresse').count()).resolves.toBe(1);
    await expect(page.getByLabel('Passwort', { exact: true }).count()).resolves.toBe(1);
    expect(await seriousA11yViolations(page)).toEqual([]);
    await page.screenshot({ path: screenshotPath('login'), fullPage: true });
    await ctx.close();
  });

  it('a wrong password shows a German error and stays on the login page', async () => {
    const ctx = await newContext(browser);
    const page = await ctx.newPage();
    const login = new LoginPage(page);
    await login.open();
    await login.signIn(DEMO.parent, 'falsches-passwort');
    await page.getByText('E-Mail-Adresse oder Passwort ist falsch.').waitFor();
    expect(new URL(page.url()).pathname).toBe('/login');
    await ctx.close();
  });

  for (const role of Object.keys(HOMES) as Array<keyof typeof HOMES>) {
    it(`${role}: home page, navigation, accessibility scan, screenshot`, async () => {
      const ctx = await newContext(browser);
      const page = await ctx.newPage();
      const login = new LoginPage(page);
      await login.open();
      await login.signIn(DEMO[role]);
      await page.waitForURL((u) => u.pathname.startsWith(HOMES[role].path));
      const title = page.getByTestId('page-title');
      await title.waitFor();
      expect(await title.textContent()).toMatch(HOMES[role].title);
      await page.waitForLoadState('networkidle');
      expect(await seriousA11yViolations(page)).toEqual([]);
      await page.screenshot({ path: screenshotPath(`${role}-home`), fullPage: true });
      // A role cannot open another role's area: the guard sends it home.
      const foreign = role === 'parent' ? '/admin' : '/parent';
      await page.goto(foreign);
      await page.waitForURL((u) => u.pathname.startsWith(HOMES[role].path));
      await ctx.close();
    });
  }

  it('signs in with the keyboard only and signs out again', async () => {
    const ctx = await newContext(browser);
    const page = await ctx.newPage();
    await new LoginPage(page).open();
    await page.getByTestId('login-email').focus();
    await page.keyboard.type(DEMO.advisor);
    await page.keyboard.press('Tab');
    await page.keyboard.type('Lotse-Demo-2026');
    await page.keyboard.press('Enter');
    await page.waitForURL((u) => u.pathname.startsWith('/advisor'));
    await page.getByTestId('user-menu').click();
    await page.getByTestId('logout').click();
    await page.waitForURL((u) => u.pathname.startsWith('/login'));
    await ctx.close();
  });

  it('switches to English and back', async () => {
    const ctx = await newContext(browser);
    const page = await ctx.newPage();
    const login = new LoginPage(page);
    await login.open();
    await login.signIn(DEMO.childminder);
    await page.getByTestId('page-title').waitFor();
    await page.getByTestId('lang-switch').click();
    const en = page.getByRole('menuitem', { name: /English/ }).or(page.getByRole('menuitemradio', { name: /English/ }));
    if (await en.count()) await en.first().click();
    await page.waitForFunction(() => document.documentElement.lang === 'en');
    expect(await page.getByTestId('page-title').textContent()).toMatch(/childminder|Childminder|portal|Portal/);
    await page.screenshot({ path: screenshotPath('childminder-home-en'), fullPage: true });
    // The choice is stored in the profile: switch back so later tests meet this user in German.
    await page.getByTestId('lang-switch').click();
    await page.getByRole('menuitemradio', { name: /Deutsch/ }).click();
    await page.waitForFunction(() => document.documentElement.lang === 'de');
    await ctx.close();
  });
});
