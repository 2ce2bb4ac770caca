import type { Page } from 'playwright-core';
import { mailbox } from '../mailbox';

/** Page objects of /forgot-password and /reset-password, plus the mail in between. */
export class PasswordResetPages {
  constructor(private readonly page: Page) {}

  /** On /forgot-password: requests the link and returns the URL from the mail. */
  async requestLink(email: string): Promise<string> {
    const seen = await mailbox.ids();
    const field = this.page.getByTestId('forgot-email');
    if ((await field.inputValue()) !== email) await field.fill(email);
    await this.page.getByTestId('forgot-submit').click();
    await this.page.getByTestId('forgot-sent').waitFor();
    const mail = await mailbox.waitFor(email, 'Passwort zurücksetzen', seen);
    const link = /https?:\/\/\S+\/reset-password\?token=[A-Za-z0-9_-]+/.exec(mail.text)?.[0];
    if (!link) throw new Error(`no reset link in mail: ${mail.text}`);
    return link;
  }

  /** On /reset-password: sets the new password and waits for the login page. */
  async setPassword(password: string): Promise<void> {
    await this.page.getByTestId('reset-password').fill(password);
    await this.page.getByTestId('reset-repeat').fill(password);
    await this.page.getByTestId('reset-submit').click();
    await this.page.waitForURL((u) => u.pathname === '/login');
  }
}
