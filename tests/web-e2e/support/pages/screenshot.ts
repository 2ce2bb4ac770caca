import type { Page } from 'playwright-core';
import { screenshotPath } from '../browser';

/**
 * A screenshot of the whole page. The shell scrolls inside `mat-sidenav-content`, so Playwright's
 * `fullPage` only sees one viewport: the viewport is stretched to the content for the shot.
 */
export async function fullScreenshot(page: Page, name: string): Promise<void> {
  const viewport = page.viewportSize() ?? { width: 1280, height: 860 };
  const content = page.locator('mat-sidenav-content');
  const height = await content.evaluate((el) => {
    el.scrollTo(0, 0);
    return el.scrollHeight;
  });
  const toolbar = await page.locator('mat-toolbar').evaluate((el) => el.getBoundingClientRect().height);
  await page.setViewportSize({ width: viewport.width, height: Math.min(Math.max(viewport.height, Math.ceil(height + toolbar) + 8), 8000) });
  await page.waitForTimeout(200);
  await page.screenshot({ path: screenshotPath(name), fullPage: true });
  await page.setViewportSize(viewport);
}
