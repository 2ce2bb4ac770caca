import type { Page } from 'playwright-core';
import { mailbox } from '../mailbox';

export interface Applicant {
  email: string;
  password: string;
  firstName: string;
  lastName: string;
  /** As typed into the German date field, e.g. `17.05.1990`. */
  dateOfBirth: string;
  phone: string;
  street: string;
  postcode: string;
  city: string;
  district: string;
  languages: string[];
}

/** Page object of /register (public registration of a prospective childminder). */
export class RegisterPage {
  constructor(private readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.goto('/register');
    await this.page.getByTestId('cm-email').waitFor();
  }

  async submit(): Promise<void> {
    await this.page.getByTestId('register-submit').click();
  }

  /**
   * Submits, waits for the "please confirm" card, opens the confirmation link from the welcome
   * mail (MailDev) and signs in: a new account has no session until its address is confirmed.
   */
  async submitConfirmAndSignIn(a: Applicant): Promise<void> {
    const p = this.page;
    const seen = await mailbox.ids();
    await this.submit();
    await p.getByTestId('register-done').waitFor();
    const mail = await mailbox.waitFor(a.email, 'Ihre Registrierung als Tagespflegeperson', seen);
    const link = /https?:\/\/\S+\/verify-email\?token=[A-Za-z0-9_-]+/.exec(mail.text)?.[0];
    if (!link) throw new Error(`no confirmation link in mail: ${mail.text}`);
    await p.goto(link);
    await p.getByTestId('verify-done').waitFor();
    await p.getByTestId('verify-to-login').click();
    await p.waitForURL((u) => u.pathname === '/login');
    await p.getByTestId('login-email').fill(a.email);
    await p.getByTestId('login-password').fill(a.password);
    await p.getByTestId('login-submit').click();
  }

  async fill(a: Applicant): Promise<void> {
    const p = this.page;
    await p.getByTestId('cm-email').fill(a.email);
    await p.getByTestId('cm-password').fill(a.password);
    await p.getByTestId('cm-first-name').fill(a.firstName);
    await p.getByTestId('cm-last-name').fill(a.lastName);
    await p.getByTestId('cm-dob').fill(a.dateOfBirth);
    await p.getByTestId('cm-phone').fill(a.phone);
    await p.getByTestId('cm-street').fill(a.street);
    await p.getByTestId('cm-postcode').fill(a.postcode);
    await p.getByTestId('cm-city').fill(a.city);
    await p.getByTestId('cm-district').click();
    await p.getByTestId(`cm-district-${a.district}`).click();
    for (const lang of a.languages) {
      await p.getByTestId('cm-languages-input').fill(lang);
      await p.getByTestId('cm-languages-input').press('Enter');
    }
    await p.getByTestId('cm-age-from').fill('1');
    await p.getByTestId('cm-age-from-unit').click();
    await p.getByRole('option', { name: 'Jahre' }).click();
    await p.getByTestId('cm-age-to').fill('3');
  }

  /** Adds a weekly time row (the form suggests the next weekday with the last row's times) and sets its times. */
  async addWeeklyTime(from: string, to: string): Promise<void> {
    await this.page.getByTestId('weekly-time-add').click();
    const row = this.page.getByTestId('weekly-time-row').last();
    await row.getByTestId('weekly-time-from').fill(from);
    await row.getByTestId('weekly-time-to').fill(to);
  }

  /** The district select's options, in order (opens the select and closes it again). */
  async districtOptions(): Promise<string[]> {
    await this.page.getByTestId('cm-district').click();
    const options = this.page.getByRole('listbox').getByRole('option');
    await options.first().waitFor();
    const names = (await options.allTextContents()).map((t) => t.trim());
    await this.page.keyboard.press('Escape');
    await this.page.getByRole('listbox').waitFor({ state: 'detached' });
    return names;
  }

  async acceptPrivacyNotice(): Promise<void> {
    await this.page.getByTestId('cm-privacy').locator('input[type="checkbox"]').check();
  }
}
