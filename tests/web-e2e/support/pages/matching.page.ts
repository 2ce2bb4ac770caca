import type { Locator, Page } from 'playwright-core';

/** /advisor/matching/requests/:id: "Vorschläge für <Kind>". */
export class SuggestionsPage {
  constructor(private readonly page: Page) {}

  async open(requestId: string): Promise<void> {
    await this.page.goto(`/advisor/matching/requests/${requestId}`);
    await this.page.getByTestId('request-facts').waitFor();
    await this.page.getByTestId('suggestions').or(this.page.getByTestId('suggestions-empty')).first().waitFor();
  }

  suggestion(name: string): Locator {
    return this.page.getByTestId('suggestion').filter({ hasText: name });
  }

  nearMiss(name: string): Locator {
    return this.page.getByTestId('near-miss').filter({ hasText: name });
  }
}

/** /advisor/matching: "Sammelvermittlung". */
export class BatchPage {
  constructor(private readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.getByTestId('nav-advisor-matching').click();
    await this.page.waitForURL((u) => u.pathname === '/advisor/matching');
    await this.page.getByTestId('run-form').waitFor();
  }

  async start(seed?: number): Promise<void> {
    if (seed !== undefined) await this.page.getByTestId('run-seed').fill(String(seed));
    await this.page.getByTestId('run-start').click();
    await this.page.waitForURL((u) => /^\/advisor\/matching\/runs\/[0-9a-f-]{36}$/.test(u.pathname));
  }

  row(childName: string): Locator {
    return this.page.getByTestId('run-row').filter({ hasText: childName });
  }
}
