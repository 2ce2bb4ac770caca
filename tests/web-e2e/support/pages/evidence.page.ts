import type { Locator, Page } from 'playwright-core';

/** Waits for a dialog to close; if it stays open, fails with what it shows (a field or server error). */
async function closed(dialog: Locator, timeout = 30_000): Promise<void> {
  try {
    await dialog.waitFor({ state: 'detached', timeout });
  } catch (e) {
    const text = (await dialog.innerText().catch(() => '')).replace(/\s+/g, ' ').slice(0, 500);
    throw new Error(`dialog still open: "${text}" (${(e as Error).message.split('\n')[0]})`);
  }
}

/** The evidence checklist, as on /childminder/evidence and in the advisor's file. */
export class EvidenceChecklist {
  constructor(private readonly page: Page) {}

  entry(type: string): Locator {
    return this.page.locator(`[data-testid="evidence-entry"][data-evidence-type="${type}"]`).first();
  }

  /** Opens "Nachweis erfassen" of an entry, fills date (and units), optionally attaches a file, saves. */
  async record(
    type: string,
    opts: { date: string; units?: number; file?: string; submittedOn?: string; conviction?: boolean },
  ): Promise<void> {
    await this.entry(type).getByTestId('evidence-record').click();
    const dialog = this.page.getByRole('dialog');
    await dialog.getByTestId('record-date').fill(opts.date);
    if (opts.submittedOn) await dialog.getByTestId('record-submitted-on').fill(opts.submittedOn);
    if (opts.units !== undefined) await dialog.getByTestId('record-units').fill(String(opts.units));
    if (opts.conviction !== undefined) await dialog.getByTestId(opts.conviction ? 'record-conviction-yes' : 'record-conviction-no').click();
    if (opts.file) {
      await dialog.getByTestId('upload-file-input').setInputFiles(opts.file);
      // The picker shows the file once its control holds it: submitting earlier would send no file.
      await dialog.getByTestId('upload-file-name').waitFor();
    }
    await dialog.getByTestId('record-submit').click();
    // An upload on a loaded machine (2 cores, the whole suite running) can take longer than a plain save.
    await closed(dialog, opts.file ? 90_000 : 30_000);
  }

  /** The delete icon button of an entry's current item, then the dialog: reason (required for advisors), "Löschen". */
  async delete(type: string, reason?: string): Promise<void> {
    await this.entry(type).getByTestId('evidence-delete').click();
    const dialog = this.page.getByRole('dialog');
    await dialog.getByTestId('delete-evidence-reason').waitFor();
    if (reason) await dialog.getByTestId('delete-evidence-reason').fill(reason);
    await dialog.getByTestId('delete-evidence-submit').click();
    await dialog.waitFor({ state: 'detached' });
  }

  document(type: string, status?: string): Locator {
    return this.entry(type).locator(
      status ? `[data-testid="evidence-document"][data-status="${status}"]` : '[data-testid="evidence-document"]',
    );
  }
}
