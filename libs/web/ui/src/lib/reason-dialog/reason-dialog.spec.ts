import { HttpErrorResponse } from '@angular/common/http';
import { TestBed } from '@angular/core/testing';
import type { Injector } from '@angular/core';
import { MAT_DIALOG_DATA, MatDialogRef, type MatDialog } from '@angular/material/dialog';
import { TranslocoTestingModule } from '@jsverse/transloco';
import { of, throwError } from 'rxjs';
import { provideLotseMaterial } from '../material/provide-material';
import { ReasonDialog, openReasonDialog, type ReasonDialogData } from './reason-dialog';

const transloco = TranslocoTestingModule.forRoot({
  langs: { de: { t: 'Titel', i: 'Frage', r: 'Grund', d: 'Wirksam ab', s: 'Ausführen', c: 'Jemand war schneller.' } },
  translocoConfig: { availableLangs: ['de'], defaultLang: 'de', missingHandler: { logMissingKey: false } },
  preloadLangs: true,
});

async function render(data: Partial<ReasonDialogData>) {
  const close = jest.fn();
  const run = data.run ?? jest.fn(() => of({ id: 'x1' }));
  TestBed.configureTestingModule({
    imports: [ReasonDialog, transloco],
    providers: [
      provideLotseMaterial(),
      { provide: MatDialogRef, useValue: { close } },
      {
        provide: MAT_DIALOG_DATA,
        useValue: { titleKey: 't', introKey: 'i', reason: 'required', reasonLabelKey: 'r', submitKey: 's', testId: 'revoke', ...data, run },
      },
    ],
  });
  const fixture = TestBed.createComponent(ReasonDialog);
  await fixture.whenStable();
  const el = fixture.nativeElement as HTMLElement;
  const type = async (testId: string, value: string) => {
    const input = el.querySelector<HTMLInputElement | HTMLTextAreaElement>(`[data-testid="${testId}"]`);
    if (!input) throw new Error(`no ${testId}`);
    input.value = value;
    input.dispatchEvent(new Event('input'));
    await fixture.whenStable();
  };
  const submit = async () => {
    el.querySelector<HTMLButtonElement>('[data-testid="revoke-submit"]')?.click();
    await fixture.whenStable();
    fixture.detectChanges();
  };
  return { el, close, run, type, submit };
}

// The first test pays for compiling the Material components (seconds on a busy 2-core machine).
jest.setTimeout(30_000);

describe('ReasonDialog (the one "reason + confirm" dialog)', () => {
  it('refuses a blank required reason, then runs with the trimmed reason and closes with the answer', async () => {
    const d = await render({});
    await d.type('revoke-reason', '   ');
    await d.submit();
    expect(d.run).not.toHaveBeenCalled();
    await d.type('revoke-reason', '  Umzug in eine andere Stadt ');
    await d.submit();
    expect(d.run).toHaveBeenCalledWith('Umzug in eine andere Stadt', null);
    expect(d.close).toHaveBeenCalledWith({ value: { id: 'x1' } });
  });

  it('sends the date as an ISO day and puts the server field error on the date field', async () => {
    const refused = new HttpErrorResponse({
      status: 400,
      error: {
        statusCode: 400,
        message: 'Ungültige Eingaben',
        errors: [{ field: 'effectiveOn', message: 'Das Datum liegt vor der Erteilung.', code: 'x' }],
      },
    });
    const run = jest.fn(() => throwError(() => refused));
    const d = await render({ dateLabelKey: 'd', dateDefault: new Date(2026, 11, 2), fieldMap: { effectiveOn: 'date' }, run });
    await d.type('revoke-reason', 'Gefährdung');
    await d.submit();
    expect(run).toHaveBeenCalledWith('Gefährdung', '2026-12-02');
    expect(d.close).not.toHaveBeenCalled();
    expect(d.el.textContent).toContain('Das Datum liegt vor der Erteilung.');
  });

  it('shows the conflict text on 409 and stays open', async () => {
    const run = jest.fn(() =>
      throwError(() => new HttpErrorResponse({ status: 409, error: { statusCode: 409, message: 'Veraltet', errors: [] } })),
    );
    const d = await render({ conflictKey: 'c', run });
    await d.type('revoke-reason', 'Unleserlich');
    await d.submit();
    expect(d.el.querySelector('[data-testid="revoke-error"]')?.textContent).toContain('Jemand war schneller.');
    expect(d.close).not.toHaveBeenCalled();
  });

  it('a plain confirmation has no reason field', async () => {
    const d = await render({ reason: 'none' });
    expect(d.el.querySelector('[data-testid="revoke-reason"]')).toBeNull();
    await d.submit();
    expect(d.run).toHaveBeenCalledWith('', null);
  });

  it('a cancelled dialog is not a done one (mat-dialog-close without a value closes with an empty string)', async () => {
    const afterClosed = jest.fn(() => of(''));
    const dialog = { open: jest.fn(() => ({ afterClosed })) } as unknown as MatDialog;
    const results: unknown[] = [];
    openReasonDialog(dialog, {} as Injector, { titleKey: 't', introKey: 'i', reason: 'none', submitKey: 's', run: () => of(1) }).subscribe(
      (r) => results.push(r),
    );
    expect(results).toEqual([undefined]);
  });
});
