import type { Locator, Page } from 'playwright-core';

/** /admin/permit-settings: "Einstellungen Pflegeerlaubnis". */
export class PermitSettingsPage {
  constructor(private readonly page: Page) {}

  /** Through the side navigation with the keyboard (focus the entry, press Enter). */
  async openByKeyboard(): Promise<void> {
    await this.page.getByTestId('nav-admin-permit-settings').focus();
    await this.page.keyboard.press('Enter');
    await this.page.waitForURL((u) => u.pathname === '/admin/permit-settings');
    await this.loaded();
  }

  async loaded(): Promise<void> {
    await this.page.getByTestId('permit-settings-form').waitFor();
    await this.page.getByTestId('loading').waitFor({ state: 'detached' });
  }

  field(testId: string): Locator {
    return this.page.getByTestId(testId);
  }

  async set(testId: string, value: string): Promise<void> {
    await this.field(testId).fill(value);
  }

  /** Saves and waits for the snackbar. */
  async save(): Promise<void> {
    await this.page.getByTestId('ps-submit').click();
    await this.page.locator('mat-snack-bar-container').getByText('Die Einstellungen wurden gespeichert.').waitFor();
  }

  /** The form-level message (live region). */
  message(): Locator {
    return this.page.getByTestId('ps-form-error');
  }
}
