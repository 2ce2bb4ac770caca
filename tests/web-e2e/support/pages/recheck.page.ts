import type { Locator, Page } from 'playwright-core';
import { choose } from './permits.page';

/** /childminder/reports: "Änderung melden" (§ 43 Abs. 3 SGB VIII) and her reports. */
export class MyReportsPage {
  constructor(private readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.getByTestId('nav-childminder-reports').click();
    await this.page.waitForURL((u) => u.pathname === '/childminder/reports');
    await this.page.getByTestId('my-reports').or(this.page.getByTestId('reports-empty')).first().waitFor();
  }

  async report(event: string, description: string): Promise<void> {
    await choose(this.page, 'report-event', `report-event-${event}`);
    await this.page.getByTestId('report-description').fill(description);
    await this.page.getByTestId('report-submit').click();
  }

  entry(text: string): Locator {
    return this.page.getByTestId('my-report').filter({ hasText: text });
  }
}

/** /advisor/recheck-tasks: the advisors' worklist of re-check tasks. */
export class RecheckWorklistPage {
  constructor(private readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.getByTestId('nav-advisor-recheck-tasks').click();
    await this.page.waitForURL((u) => u.pathname === '/advisor/recheck-tasks');
    await this.page.getByTestId('recheck-table').or(this.page.getByTestId('recheck-empty')).first().waitFor();
  }

  row(text: string): Locator {
    return this.page.getByTestId('recheck-row').filter({ hasText: text });
  }

  async showClosed(): Promise<void> {
    await this.page.getByTestId('recheck-status-closed').click();
  }

  /** "Abschließen" on the row, outcome and note in the dialog. */
  async close(row: Locator, outcome: string, note?: string): Promise<void> {
    await row.getByTestId('recheck-close').click();
    const dialog = this.page.getByRole('dialog');
    await choose(this.page, 'close-outcome', `close-outcome-${outcome}`);
    if (note) await dialog.getByTestId('close-note').fill(note);
    await dialog.getByTestId('close-submit').click();
    await dialog.waitFor({ state: 'detached' });
  }
}
