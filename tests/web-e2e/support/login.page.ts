import type { Page } from 'playwright-core';

export const DEMO_PASSWORD = 'Lotse-Demo-2026';
export const DEMO = {
  admin: 'admin@kamen.example',
  advisor: 'beratung1@kamen.example',
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
