import type { Browser, Page } from 'playwright-core';
import { launchBrowser, newContext, screenshotPath, seriousA11yViolations } from '../../support/browser';

/**
 * Issue 14, item 1: the Familienbüro's public page, no login, in German, English, Turkish, Arabic
 * (right to left) and Ukrainian. The hours come from the demo office's data (Mon 10–12, Wed 14–16,
 * Thu 15–17); axe (WCAG 2.1 A/AA) finds nothing serious in any language.
 */
const LANGS = {
  de: { heading: 'Familienbüro', monday: 'Montag', hoursHeading: 'Öffnungszeiten und offene Sprechstunde' },
  en: { heading: 'Familienbüro (family office)', monday: 'Monday', hoursHeading: 'Opening hours and open consultation' },
  tr: { heading: 'Familienbüro (Aile Bürosu)', monday: 'Pazartesi', hoursHeading: 'Çalışma saatleri ve açık danışma saatleri' },
  ar: { heading: 'مكتب الأسرة (Familienbüro)', monday: 'الاثنين', hoursHeading: 'أوقات الدوام والاستشارة المفتوحة' },
  uk: { heading: 'Сімейне бюро (Familienbüro)', monday: 'понеділок', hoursHeading: 'Години роботи та відкритий прийом' },
} as const;
type Lang = keyof typeof LANGS;

async function ready(page: Page): Promise<void> {
  await page.getByTestId('fd-hours-table').waitFor();
  await page.waitForLoadState('networkidle');
}

const htmlAttrs = (page: Page) =>
  page.evaluate(() => ({ lang: document.documentElement.lang, dir: document.documentElement.dir || 'ltr' }));
const rowText = (page: Page, weekday: number) => page.locator(`[data-testid="fd-hours-table"] tr[data-weekday="${weekday}"]`).innerText();

/** Where the main heading's text sits inside the page frame: gaps to its left and right edge. */
const headingGaps = (page: Page) =>
  page.evaluate(() => {
    const h1 = document.querySelector('main h1') as HTMLElement;
    const range = document.createRange();
    range.selectNodeContents(h1);
    const text = range.getBoundingClientRect();
    const frame = (document.querySelector('lotse-page') as HTMLElement).getBoundingClientRect();
    return { left: Math.round(text.left - frame.left), right: Math.round(frame.right - text.right) };
  });

describe('the Familienbüro public page', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser.close());

  it('guests opening / land on it in German: hours from the office data, contact, ways in by keyboard, no serious axe finding', async () => {
    const ctx = await newContext(browser);
    const page = await ctx.newPage();
    await page.goto('/');
    await page.waitForURL((u) => u.pathname === '/familienbuero');
    await ready(page);
    expect(await htmlAttrs(page)).toEqual({ lang: 'de', dir: 'ltr' });
    expect(await page.locator('main h1').innerText()).toBe(LANGS.de.heading);
    expect(await page.title()).toBe('Familienbüro – Lotse');

    // The open consultation of the demo office (tenant settings), Monday first.
    expect(await rowText(page, 1)).toMatch(/Montag\s+10:00–12:00 Uhr/);
    expect(await rowText(page, 3)).toMatch(/Mittwoch\s+14:00–16:00 Uhr/);
    expect(await rowText(page, 4)).toMatch(/Donnerstag\s+15:00–17:00 Uhr/);
    expect(await page.locator('[data-testid="fd-hours-table"] tbody tr').count()).toBe(3);
    // Address with the step-free access note, phone and e-mail as links.
    expect(await page.getByTestId('fd-address').innerText()).toContain('59174 Kamen');
    expect(await page.getByTestId('fd-access-note').innerText()).toContain('Stufenloser Zugang');
    expect(await page.getByTestId('fd-phone').getAttribute('href')).toBe('tel:023071480');
    expect(await page.getByTestId('fd-email').getAttribute('href')).toBe('mailto:familienbuero@kamen.example');

    expect(await seriousA11yViolations(page)).toEqual([]);
    expect(await headingGaps(page).then((g) => g.left < g.right)).toBe(true);
    await page.screenshot({ path: screenshotPath('front-door-public-de'), fullPage: true });

    // Keyboard: from the top of the page, Tab reaches every way in.
    const reached = new Set<string>();
    for (let i = 0; i < 20; i++) {
      await page.keyboard.press('Tab');
      const id = await page.evaluate(() => document.activeElement?.getAttribute('data-testid') ?? '');
      if (id) reached.add(id);
    }
    const ways = ['fd-entry-book', 'fd-entry-contact', 'fd-entry-register-parent', 'fd-entry-register-childminder', 'fd-entry-login'];
    expect(ways.filter((w) => !reached.has(w))).toEqual([]);
    // Enter follows the focused link: the childminders' registration.
    await page.getByTestId('fd-entry-register-childminder').focus();
    await page.keyboard.press('Enter');
    await page.waitForURL((u) => u.pathname === '/register');
    await ctx.close();
  });

  it('English, Turkish and Ukrainian with ?lang=: lang attribute, texts, weekday names, no serious axe finding', async () => {
    const ctx = await newContext(browser);
    const page = await ctx.newPage();
    for (const lang of ['en', 'tr', 'uk'] as Lang[]) {
      await page.goto(`/familienbuero?lang=${lang}`);
      await ready(page);
      expect([lang, await htmlAttrs(page)]).toEqual([lang, { lang, dir: 'ltr' }]);
      expect(await page.locator('main h1').innerText()).toBe(LANGS[lang].heading);
      expect(await page.locator('#fd-hours-heading').innerText()).toBe(LANGS[lang].hoursHeading);
      const monday = await rowText(page, 1);
      expect(monday.toLowerCase()).toContain(LANGS[lang].monday.toLowerCase());
      expect(monday).toContain('10:00');
      // The shell is translated too (skip link, language button).
      expect(await page.getByTestId('skip-link').textContent()).not.toContain('Zum Inhalt springen');
      expect([lang, await seriousA11yViolations(page)]).toEqual([lang, []]);
    }
    await ctx.close();
  });

  it('Arabic is laid out right to left; the language menu offers five languages; other pages fall back to German', async () => {
    const ctx = await newContext(browser);
    const page = await ctx.newPage();
    await page.goto('/familienbuero?lang=ar');
    await ready(page);
    expect(await htmlAttrs(page)).toEqual({ lang: 'ar', dir: 'rtl' });
    expect(await page.locator('main h1').innerText()).toBe(LANGS.ar.heading);
    expect(await page.evaluate(() => getComputedStyle(document.querySelector('main h1') as Element).direction)).toBe('rtl');
    // The heading's text sits at the right edge of the page frame, not at the left.
    const gaps = await headingGaps(page);
    expect(gaps.right).toBeLessThan(gaps.left);
    expect(gaps.right).toBeLessThanOrEqual(32);
    // The first way in is the rightmost tile of its row.
    const [first, second] = await page
      .locator('[data-testid="fd-entries"] a')
      .evaluateAll((as) => as.slice(0, 2).map((a) => a.getBoundingClientRect().left));
    expect(first).toBeGreaterThan(second);
    const monday = await rowText(page, 1);
    expect(monday).toContain(LANGS.ar.monday);
    expect(monday).toContain('10:00');
    expect(await seriousA11yViolations(page)).toEqual([]);
    await page.screenshot({ path: screenshotPath('front-door-public-ar'), fullPage: true });

    // The menu: five languages, each named in its own language.
    await page.getByTestId('lang-switch').click();
    const items = page.getByRole('menuitemradio');
    await items.first().waitFor();
    expect(await items.allInnerTexts()).toEqual(
      ['Deutsch', 'English', 'Türkçe', 'العربية', 'Українська'].map((n) => expect.stringContaining(n)),
    );
    await page.keyboard.press('Escape');

    // A page without Arabic texts (sign-in) is shown in German, left to right …
    await page.getByTestId('fd-entry-login').click();
    await page.waitForURL((u) => u.pathname === '/login');
    await page.getByTestId('login-email').waitFor();
    await page.waitForFunction(() => document.documentElement.lang === 'de' && document.documentElement.dir === 'ltr');
    await page.getByTestId('lang-switch').click();
    expect(await page.getByRole('menuitemradio').count()).toBe(2);
    await page.keyboard.press('Escape');
    // … and the public page comes back in Arabic; choosing German there switches back to left to right.
    await page.getByTestId('footer-familienbuero').click();
    await page.waitForFunction(() => document.documentElement.dir === 'rtl');
    await page.getByTestId('lang-switch').click();
    await page.getByRole('menuitemradio', { name: 'Deutsch' }).click();
    await page.waitForFunction(() => document.documentElement.lang === 'de' && document.documentElement.dir === 'ltr');
    expect(await page.locator('main h1').innerText()).toBe(LANGS.de.heading);
    await ctx.close();
  });
});
