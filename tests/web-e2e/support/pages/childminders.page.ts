import type { Locator, Page } from 'playwright-core';

/** Page object of /advisor/childminders (list with search, filters, sort, paginator). */
export class ChildmindersListPage {
  constructor(private readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.getByTestId('nav-advisor-childminders').click();
    await this.page.waitForURL((u) => u.pathname === '/advisor/childminders');
    await this.page.getByTestId('childminders-table').or(this.page.getByTestId('empty-state')).first().waitFor();
  }

  async search(text: string): Promise<void> {
    await this.page.getByTestId('childminders-search').fill(text);
    await this.page.waitForURL((u) => u.searchParams.get('q') === text);
  }

  async filterStatus(status: string): Promise<void> {
    await this.page.getByTestId('childminders-status-filter').click();
    await this.page.getByTestId(`childminders-status-${status}`).click();
    await this.page.waitForURL((u) => u.searchParams.get('status') === status);
  }

  rows(): Locator {
    return this.page.getByTestId('childminder-row');
  }

  /** Waits until the list shows exactly `n` rows (after the request for the new URL answered). */
  async waitForRows(n: number): Promise<void> {
    await this.page
      .getByTestId('childminders-count')
      .filter({ hasText: String(n) })
      .waitFor();
    await this.page.waitForFunction((count) => document.querySelectorAll('[data-testid="childminder-row"]').length === count, n);
  }
}

/** Page object of /advisor/childminders/:id. */
export class ChildminderFilePage {
  constructor(private readonly page: Page) {}

  async tab(name: 'evidence' | 'documents' | 'profile' | 'timeline'): Promise<void> {
    await this.page.getByTestId(`file-tab-${name}`).click();
  }

  async transition(to: string, note?: string): Promise<void> {
    // Opened with the keyboard (Enter), as a keyboard user would.
    await this.page.getByTestId('transition-select').focus();
    await this.page.getByTestId('transition-select').press('Enter');
    await this.page.getByTestId(`transition-option-${to}`).click();
    if (note) await this.page.getByTestId('transition-note').fill(note);
    await this.page.getByTestId('transition-submit').click();
  }
}
