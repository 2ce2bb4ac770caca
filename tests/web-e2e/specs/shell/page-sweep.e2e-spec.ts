import type { Browser, Page } from 'playwright-core';
import { launchBrowser, newContext, seriousA11yViolations } from '../../support/browser';
import { DEMO, LoginPage } from '../../support/login.page';

/**
 * Every page of every role, as a user meets it: German, a page heading, no untranslated keys,
 * no script errors, the skip link works from the keyboard, every tab stop is visible, and axe
 * (WCAG 2.1 A/AA) finds nothing serious. Detail pages are reached through their list's first link.
 */
type Role = keyof typeof DEMO;
interface Visit {
  path: string;
  /** A detail page: open `path`, follow the first link whose href matches. */
  follow?: RegExp;
}

const PAGES: Record<Role | 'anonymous', Visit[]> = {
  anonymous: [
    { path: '/familienbuero' },
    { path: '/login' },
    { path: '/register' },
    { path: '/register/parent' },
    { path: '/forgot-password' },
    { path: '/reset-password' },
  ],
  admin: [
    { path: '/admin' },
    { path: '/admin/evidence-rules' },
    { path: '/admin/permit-settings' },
    { path: '/admin/capacity-settings' },
    { path: '/admin/audit' },
    { path: '/profile' },
  ],
  advisor: [
    { path: '/advisor' },
    { path: '/advisor/children' },
    { path: '/advisor/children', follow: /^\/advisor\/children\/[0-9a-f-]{36}$/ },
    { path: '/advisor/childminders' },
    { path: '/advisor/childminders/new' },
    { path: '/advisor/childminders', follow: /^\/advisor\/childminders\/[0-9a-f-]{36}$/ },
    { path: '/advisor/permit-applications' },
    { path: '/advisor/permit-applications', follow: /^\/advisor\/permit-applications\/[0-9a-f-]{36}$/ },
    { path: '/advisor/permits' },
    { path: '/advisor/permits', follow: /^\/advisor\/permits\/[0-9a-f-]{36}$/ },
    { path: '/advisor/recheck-tasks' },
    { path: '/advisor/care-requests' },
    { path: '/advisor/care-requests', follow: /^\/advisor\/care-requests\/[0-9a-f-]{36}$/ },
    { path: '/advisor/care-requests/new' },
    { path: '/advisor/care-requests/new', follow: /^\/advisor\/care-requests\/new\/[0-9a-f-]{36}$/ },
    { path: '/advisor/placements' },
    // The demo office has no vacancies or care requests: the suggestions page (/advisor/matching/requests/:id)
    // is checked by specs/matching/advisor-matching.e2e-spec.ts on its own data instead.
    { path: '/advisor/matching' },
  ],
  childminder: [
    { path: '/childminder' },
    { path: '/childminder/profile' },
    { path: '/childminder/evidence' },
    { path: '/childminder/permit-path' },
    { path: '/childminder/permit' },
    { path: '/childminder/reports' },
    { path: '/childminder/vacancies' },
    { path: '/childminder/proposals' },
    { path: '/childminder/children' },
    { path: '/childminder/week' },
  ],
  parent: [
    { path: '/parent' },
    { path: '/parent/children/new' },
    { path: '/parent', follow: /^\/parent\/children\/[0-9a-f-]{36}$/ },
    { path: '/parent/requests' },
    { path: '/parent/requests/new' },
  ],
};

/** Transloco shows a missing key as the key itself, e.g. "permits.queue.title". */
const UNTRANSLATED_KEY = /\b[a-z][a-zA-Z]+\.[a-z][a-zA-Z]+\.[a-z][a-zA-Z.]+\b/;

async function open(page: Page, visit: Visit): Promise<string> {
  await page.goto(visit.path);
  await page.waitForLoadState('networkidle');
  if (visit.follow) {
    const hrefs = await page.locator('main a[href]').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
    const target = hrefs.find((h) => visit.follow!.test(h));
    if (!target) throw new Error(`no link matching ${visit.follow} on ${visit.path} (links: ${hrefs.join(', ')})`);
    // A fresh load, so the keyboard checks start at the top of the document (after an in-app
    // navigation the shell moves focus to the new page's content, as it should).
    await page.goto(target);
    await page.waitForLoadState('networkidle');
  }
  await page.locator('h1').first().waitFor();
  // Progress indicators of the first load are gone.
  await page.waitForFunction(
    () => !document.querySelector('main mat-progress-bar[mode="indeterminate"], main mat-spinner, main mat-progress-spinner'),
    undefined,
    { timeout: 15_000 },
  );
  return new URL(page.url()).pathname;
}

/** Tab stops after the skip link; each must be a visible element with a non-empty size. */
async function invisibleTabStops(page: Page, max = 40): Promise<string[]> {
  const problems: string[] = [];
  const seen = new Set<string>();
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const info = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body) return null;
      // Material radio buttons and checkboxes draw their control next to a transparent native input.
      const drawn = (el.closest('.mdc-radio, .mdc-checkbox') as HTMLElement | null) ?? el;
      const r = drawn.getBoundingClientRect();
      const style = getComputedStyle(drawn);
      const id = `${el.tagName.toLowerCase()}${el.id ? '#' + el.id : ''}[${(el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 40)}]@${Math.round(r.x)},${Math.round(r.y)}`;
      return { id, visible: r.width > 0 && r.height > 0 && style.visibility !== 'hidden' && style.opacity !== '0' };
    });
    if (!info) break; // focus left the document: the page's tab order is done
    if (seen.has(info.id)) break;
    seen.add(info.id);
    if (!info.visible) problems.push(info.id);
  }
  return problems;
}

describe('every page of every role: German, keyboard, accessibility', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser.close());

  for (const role of Object.keys(PAGES) as Array<keyof typeof PAGES>) {
    // About 5 s a page on the 2-core machine (axe, every tab stop): the advisor's 17 pages outgrow the default 90 s.
    it(
      `${role}: ${PAGES[role].length} pages`,
      async () => {
        const ctx = await newContext(browser);
        const page = await ctx.newPage();
        const scriptErrors: string[] = [];
        page.on('pageerror', (e) => scriptErrors.push(e.message));
        if (role !== 'anonymous') {
          const login = new LoginPage(page);
          await login.open();
          await login.signIn(DEMO[role]);
          await page.waitForURL((u) => !u.pathname.startsWith('/login'));
        }
        const report: Record<string, unknown> = {};
        for (const visit of PAGES[role]) {
          const path = await open(page, visit);
          const problems: Record<string, unknown> = {};
          if ((await page.getAttribute('html', 'lang')) !== 'de') problems['lang'] = await page.getAttribute('html', 'lang');
          const title = await page.title();
          if (!title.trim() || UNTRANSLATED_KEY.test(title)) problems['title'] = title;
          const text = await page.locator('body').innerText();
          const key = text.match(UNTRANSLATED_KEY);
          if (key) problems['untranslated'] = key[0];
          const a11y = await seriousA11yViolations(page);
          if (a11y.length) problems['axe'] = a11y;
          // Keyboard: the first Tab reaches the skip link, Enter moves focus into the main content.
          // Start the tab order at the top of the document, as after a fresh page load.
          await page.evaluate(() => {
            document.body.setAttribute('tabindex', '-1');
            document.body.focus();
            document.body.removeAttribute('tabindex');
          });
          await page.keyboard.press('Tab');
          const first = await page.evaluate(() => document.activeElement?.getAttribute('data-testid'));
          if (first !== 'skip-link') problems['firstTabStop'] = first ?? null;
          else {
            await page.keyboard.press('Enter');
            const inMain = await page.evaluate(() => !!document.activeElement?.closest('main, #main-content'));
            if (!inMain) problems['skipLink'] = 'focus not in main';
          }
          const hidden = await invisibleTabStops(page);
          if (hidden.length) problems['invisibleTabStops'] = hidden;
          if (Object.keys(problems).length) report[path] = problems;
        }
        expect(report).toEqual({});
        expect(scriptErrors).toEqual([]);
        await ctx.close();
      },
      Math.max(90_000, PAGES[role].length * 10_000),
    );
  }
});
