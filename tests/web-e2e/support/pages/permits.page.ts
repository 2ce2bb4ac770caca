import type { Locator, Page } from 'playwright-core';

/** Picks an option of a Material select by the test ids of the select and the option. */
export async function choose(page: Page, select: string, option: string): Promise<void> {
  await page.getByTestId(select).click();
  await page.getByTestId(option).click();
  await page.getByTestId(option).waitFor({ state: 'detached' });
}

/** /childminder/permit: "Meine Pflegeerlaubnis" and the application form. */
export class MyPermitPage {
  constructor(private readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.getByTestId('nav-childminder-permit').click();
    await this.page.waitForURL((u) => u.pathname === '/childminder/permit');
    await this.page
      .getByTestId('my-permit')
      .or(this.page.getByTestId('apply-form'))
      .or(this.page.getByTestId('my-applications'))
      .first()
      .waitFor();
  }

  async apply(opts: { kind: string; children: number; note?: string }): Promise<void> {
    await choose(this.page, 'apply-kind', `apply-kind-${opts.kind}`);
    await this.page.getByTestId('apply-children').fill(String(opts.children));
    if (opts.note) await this.page.getByTestId('apply-note').fill(opts.note);
    await this.page.getByTestId('apply-submit').click();
  }

  blockingItems(): Locator {
    return this.page.getByTestId('my-blocking').getByTestId('blocking-item');
  }

  /** "Antrag zurückziehen" on the (only) open application, confirmed in the dialog. */
  async withdraw(reason?: string): Promise<void> {
    await this.page.getByTestId('my-application').getByTestId('withdraw-open').click();
    const dialog = this.page.getByRole('dialog');
    await dialog.getByTestId('withdraw-reason').waitFor();
    if (reason) await dialog.getByTestId('withdraw-reason').fill(reason);
    await dialog.getByTestId('withdraw-submit').click();
    await dialog.waitFor({ state: 'detached' });
  }
}

export interface CheckInput {
  kind: 'home_visit' | 'interview';
  date: string;
  persons: string[];
  rooms: string[];
  rating: string;
  roomsNote?: string;
  notes?: string;
  recommendation: string;
}

/** /advisor/permit-applications/:id: blocking panel, check form, decision form. */
export class ApplicationPage {
  constructor(private readonly page: Page) {}

  blockingPanel(): Locator {
    return this.page.getByTestId('blocking-list');
  }

  async recordCheck(c: CheckInput): Promise<void> {
    const p = this.page;
    await choose(p, 'check-kind', `check-kind-${c.kind}`);
    await p.getByTestId('check-date').fill(c.date);
    for (const person of c.persons) {
      await p.getByTestId('check-persons').fill(person);
      await p.getByTestId('check-persons').press('Enter');
    }
    for (const room of c.rooms) {
      await p.getByTestId('check-rooms').fill(room);
      await p.getByTestId('check-rooms').press('Enter');
    }
    for (const criterion of ['personality', 'expertise', 'cooperation', 'rooms']) {
      await choose(p, `check-rating-${criterion}`, `check-rating-${criterion}-${c.rating}`);
    }
    if (c.roomsNote) await p.getByTestId('check-note-rooms').fill(c.roomsNote);
    if (c.notes) await p.getByTestId('check-notes').fill(c.notes);
    await choose(p, 'check-recommendation', `check-recommendation-${c.recommendation}`);
    await p.getByTestId('check-submit').click();
  }

  async chooseDecision(type: 'grant' | 'grant_with_conditions' | 'refuse'): Promise<void> {
    await this.page.getByTestId(`decision-type-${type}`).locator('input').check();
  }

  async addCondition(text: string): Promise<void> {
    await this.page.getByTestId('decision-condition-input').fill(text);
    await this.page.getByTestId('decision-condition-add').click();
  }
}
