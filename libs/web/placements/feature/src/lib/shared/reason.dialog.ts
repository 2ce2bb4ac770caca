import { Component, ElementRef, Injector, inject, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatDatepicker, MatDatepickerInput, MatDatepickerToggle } from '@angular/material/datepicker';
import { MAT_DIALOG_DATA, MatDialog, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { TranslocoPipe } from '@jsverse/transloco';
import { toApiError } from '@lotse/web/core';
import { FieldErrorPipe, FormMessageComponent, applyApiErrors, focusFirstInvalid, toIsoDate, type FormMessage } from '@lotse/web/ui';
import type { Observable } from 'rxjs';

export interface ReasonDialogData {
  titleKey: string;
  introKey: string;
  params?: Record<string, unknown>;
  /** `none`: a plain confirmation; `optional` / `required`: a reason field. */
  reason: 'none' | 'optional' | 'required';
  reasonLabelKey?: string;
  /** A date field (e.g. the last day of care), required when shown. */
  dateLabelKey?: string;
  dateDefault?: Date;
  submitKey: string;
  danger?: boolean;
  /** Runs the change; its 400/409/422 errors are shown in the dialog. */
  run: (reason: string, date: string | null) => Observable<unknown>;
}

/**
 * The one confirmation dialog of the matching pages (withdraw, decline, close, end): what happens,
 * an optional or required reason, optionally a date; it stays open with the server's message when
 * the change is refused, and closes with `true` when done.
 */
@Component({
  selector: 'lotse-reason-dialog',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatDatepicker,
    MatDatepickerInput,
    MatDatepickerToggle,
    MatDialogModule,
    MatFormFieldModule,
    MatInputModule,
    TranslocoPipe,
    FormMessageComponent,
    FieldErrorPipe,
  ],
  template: `
    <h2 mat-dialog-title>{{ data.titleKey | transloco: data.params }}</h2>
    <form [formGroup]="form" (ngSubmit)="submit()" novalidate>
      <mat-dialog-content>
        <p>{{ data.introKey | transloco: data.params }}</p>
        <lotse-form-message [message]="message()" testId="reason-error" />
        @if (data.reason !== 'none') {
          <mat-form-field class="full">
            <mat-label>{{ data.reasonLabelKey ?? 'placements.common.reason' | transloco }}</mat-label>
            <textarea matInput rows="3" formControlName="reason" [required]="data.reason === 'required'" maxlength="1000" cdkFocusInitial data-testid="reason-input"></textarea>
            <mat-error>{{ form.controls.reason | lotseFieldError }}</mat-error>
          </mat-form-field>
        }
        @if (data.dateLabelKey) {
          <mat-form-field class="full">
            <mat-label>{{ data.dateLabelKey | transloco }}</mat-label>
            <input matInput [matDatepicker]="picker" formControlName="date" required autocomplete="off" data-testid="reason-date" />
            <mat-datepicker-toggle matIconSuffix [for]="picker" />
            <mat-datepicker #picker />
            <mat-hint>{{ 'placements.common.dateHint' | transloco }}</mat-hint>
            <mat-error>{{ form.controls.date | lotseFieldError }}</mat-error>
          </mat-form-field>
        }
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" mat-dialog-close data-testid="reason-cancel">{{ 'common.cancel' | transloco }}</button>
        <button mat-flat-button type="submit" [class.danger]="data.danger" [disabled]="saving()" data-testid="reason-submit">
          {{ data.submitKey | transloco }}
        </button>
      </mat-dialog-actions>
    </form>
  `,
  styles: `
    .full {
      width: 100%;
    }
    .danger {
      --mat-button-filled-container-color: var(--mat-sys-error);
      --mat-button-filled-label-text-color: var(--mat-sys-on-error);
    }
  `,
})
export class ReasonDialog {
  private readonly ref = inject(MatDialogRef<ReasonDialog, boolean>);
  private readonly host = inject(ElementRef<HTMLElement>);
  protected readonly data = inject<ReasonDialogData>(MAT_DIALOG_DATA);

  protected readonly form = new FormGroup({
    reason: new FormControl('', { nonNullable: true, validators: this.data.reason === 'required' ? [Validators.required, Validators.maxLength(1000)] : [Validators.maxLength(1000)] }),
    date: new FormControl<Date | null>(this.data.dateDefault ?? null, this.data.dateLabelKey ? Validators.required : []),
  });
  protected readonly saving = signal(false);
  protected readonly message = signal<FormMessage | null>(null);

  protected submit(): void {
    this.message.set(null);
    const v = this.form.getRawValue();
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      focusFirstInvalid(this.host);
      return;
    }
    this.saving.set(true);
    this.data.run(v.reason.trim(), v.date ? toIsoDate(v.date) : null).subscribe({
      next: () => this.ref.close(true),
      error: (err: unknown) => {
        this.saving.set(false);
        const text = applyApiErrors(this.form, toApiError(err), { fieldMap: { endOn: 'date' } });
        this.message.set(text ? { text } : null);
      },
    });
  }
}

/** Opens the dialog with the page's injector (so it sees the route's Material providers and scope). */
export function openReasonDialog(dialog: MatDialog, injector: Injector, data: ReasonDialogData): Observable<boolean | undefined> {
  return dialog.open<ReasonDialog, ReasonDialogData, boolean>(ReasonDialog, { data, injector, width: '560px', maxWidth: '95vw' }).afterClosed();
}
