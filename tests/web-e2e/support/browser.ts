import AxeBuilder from '@axe-core/playwright';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

/** Debian's Chromium, never a downloaded browser. */
export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-dev-shm-usage',
    ],
  });
}

export const baseUrl = () => {
  const url = process.env['LOTSE_WEB_URL'];
  if (!url) throw new Error('LOTSE_WEB_URL not set (globalSetup)');
  return url;
};

export async function newContext(browser: Browser, opts: { locale?: string; width?: number } = {}): Promise<BrowserContext> {
  return browser.newContext({
    baseURL: baseUrl(),
    locale: opts.locale ?? 'de-DE',
    viewport: { width: opts.width ?? 1280, height: 860 },
    timezoneId: 'Europe/Berlin',
  });
}

export const screenshotPath = (name: string) => join(__dirname, '..', 'screenshots', `${name}.png`);

/**
 * Waits until running CSS animations and transitions are done: a field error fading in has, for a
 * moment, too little contrast, and axe would measure that moment.
 */
export async function animationsSettled(page: Page): Promise<void> {
  await page.evaluate(() =>
    Promise.all(
      document
        .getAnimations()
        .filter((a) => a.effect?.getTiming().iterations !== Infinity)
        .map((a) => a.finished.catch(() => undefined)),
    ),
  );
}

/** axe-core WCAG 2.1 A/AA scan; returns the serious and critical violations. */
export async function seriousA11yViolations(page: Page) {
  await animationsSettled(page);
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.slice(0, 5).map((n) => n.target.join(' ')) }));
}

/** Scans the page itself (open snackbars, i.e. success messages, are closed first) and expects no serious violations. */
export async function expectNoSeriousViolations(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle');
  const snackBar = page.locator('mat-snack-bar-container');
  if (await snackBar.count()) {
    await snackBar.getByRole('button').first().click();
    await snackBar.waitFor({ state: 'detached' });
  }
  expect(await seriousA11yViolations(page)).toEqual([]);
}
