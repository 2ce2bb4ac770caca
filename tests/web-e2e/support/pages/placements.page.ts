import type { Locator, Page } from 'playwright-core';

/** `DD.MM.YYYY` of an ISO date, as typed into the German date fields. */
export const deDate = (iso: string) => `${iso.slice(8, 10)}.${iso.slice(5, 7)}.${iso.slice(0, 4)}`;

/** `YYYY-MM-DD` of today plus `days` in the office's time zone. */
export function isoInDays(days: number): string {
  const d = new Date(Date.now() + days * 86_400_000);
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin', year: 'numeric', month: '2-digit', day: '2-digit' }).format(d);
}

/** Picks a Material select option by its visible text. */
export async function chooseOption(page: Page, selectTestId: string, optionText: string): Promise<void> {
  await page.getByTestId(selectTestId).click();
  const option = page.getByRole('option', { name: optionText, exact: true });
  await option.click();
  await option.waitFor({ state: 'detached' });
}

/** The one confirmation dialog of the matching pages: optional reason (and date), then submit. */
export async function confirmDialog(page: Page, opts: { reason?: string; date?: string } = {}): Promise<Locator> {
  const dialog = page.getByRole('dialog');
  await dialog.getByTestId('reason-submit').waitFor();
  if (opts.reason !== undefined) await dialog.getByTestId('reason-input').fill(opts.reason);
  if (opts.date !== undefined) await dialog.getByTestId('reason-date').fill(opts.date);
  return dialog;
}

export async function submitDialog(page: Page): Promise<void> {
  const dialog = page.getByRole('dialog');
  await dialog.getByTestId('reason-submit').click();
  await dialog.waitFor({ state: 'detached' });
}

/** /parent/requests/new: the care request form. */
export class RequestFormPage {
  constructor(private readonly page: Page) {}

  async fill(r: { child: string; start: string; extraDays: number; street: string; district: string; allergies?: string }): Promise<void> {
    const p = this.page;
    await p.getByTestId('request-form').waitFor();
    await chooseOption(p, 'request-child', r.child);
    await p.getByTestId('request-start').fill(r.start);
    // The first row is Monday 08:00–12:00; each "add" repeats the times on the next weekday.
    for (let i = 0; i < r.extraDays; i++) await p.getByTestId('schedule-add').click();
    await p.getByTestId('request-street').fill(r.street);
    await chooseOption(p, 'request-district', r.district);
    if (r.allergies) await p.getByTestId('request-allergies').fill(r.allergies);
  }

  async submit(): Promise<void> {
    await this.page.getByTestId('request-submit').click();
  }
}
