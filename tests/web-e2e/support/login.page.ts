import type { Browser, Page } from 'playwright-core';
import { newContext } from './browser';

export const DEMO_PASSWORD = 'Lotse-Demo-2026';
export const DEMO = {
  admin: 'admin@kamen.example',
  advisor: 'beratung1@kamen.example',
  staff: 'team@kamen.example',
  childminder: 'tpp1@kamen.example',
  parent: 'eltern1@kamen.example',
} as const;

/** Page object of /login. */
export class LoginPage {
  constructor(private readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.goto('/login');
    await this.page.getByTestId('login-email').waitFor();
  }

  async signIn(email: string, password = DEMO_PASSWORD): Promise<void> {
    await this.page.getByTestId('login-email').fill(email);
    await this.page.getByTestId('login-password').fill(password);
    await this.page.getByTestId('login-submit').click();
  }
}

/** A new browser context signed in as `email`, on its home page `home` once the title shows. */
export async function signedInPage(browser: Browser, email: string, home: string): Promise<Page> {
  const ctx = await newContext(browser);
  const page = await ctx.newPage();
  const login = new LoginPage(page);
  await login.open();
  await login.signIn(email);
  await page.waitForURL((u) => u.pathname === home);
  await page.getByTestId('page-title').waitFor();
  return page;
}
