import { Component, ElementRef, Injector, inject, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators, type ValidatorFn } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatDatepicker, MatDatepickerInput, MatDatepickerToggle } from '@angular/material/datepicker';
import { MAT_DIALOG_DATA, MatDialog, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { TranslocoPipe } from '@jsverse/transloco';
import { toApiError } from '@lotse/shared/contracts/values';
import { map, type Observable } from 'rxjs';
import { toIsoDate } from '../date/iso-date';
import { FormMessageComponent, focusFirstInvalid, type FormMessage } from '../form-message/form-message.component';
import { applyApiErrors } from '../forms/api-form-errors';
import { FieldErrorPipe } from '../forms/field-error.pipe';

/** What a "reason + confirm" dialog asks and does. Keys come from the opening page's translation scope. */
export interface ReasonDialogData<T = unknown> {
  titleKey: string;
  introKey: string;
  /** Parameters of title and intro (already formatted: names, dates). */
  params?: Record<string, unknown>;
  /** `none`: a plain confirmation; `optional` / `required`: a reason field (blank counts as missing). */
  reason: 'none' | 'optional' | 'required';
  reasonLabelKey?: string;
  reasonHintKey?: string;
  /** Default 1000 characters. */
  maxLength?: number;
  /** A date field (e.g. the day a revocation takes effect), required when shown. */
  dateLabelKey?: string;
  dateHintKey?: string;
  dateDefault?: Date | null;
  submitKey: string;
  /** The submit button in the error colour (revoke, delete, end). */
  danger?: boolean;
  /** Prefix of the test ids: `<testId>-reason`, `-date`, `-submit`, `-cancel`, `-error`. Default `reason`. */
  testId?: string;
  /** Server field names that mean the dialog's fields, e.g. `{ effectiveOn: 'date' }`. */
  fieldMap?: Record<string, 'reason' | 'date'>;
  /** Shown instead of the server's text when the change is refused with 409 (someone else was faster). */
  conflictKey?: string;
  /** Runs the change with the trimmed reason and the ISO date; its 400/409/422 errors stay in the dialog. */
  run: (reason: string, date: string | null) => Observable<T>;
}

/** Closing value when the change was made (`undefined` when cancelled). */
export interface ReasonDialogDone<T> {
  value: T;
}

const notBlank: ValidatorFn = (c) => (typeof c.value === 'string' && c.value.trim() === '' ? { required: true } : null);

/**
 * The one "reason + confirm" dialog of the client (withdraw, revoke, reject, delete, decline, end):
 * what happens, an optional or required reason, optionally a date; it stays open with the server's
 * message when the change is refused and closes with `{ value }` (the server's answer) when done.
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
        <lotse-form-message [message]="message()" [testId]="id + '-error'" />
        @if (data.reason !== 'none') {
          <mat-form-field class="full">
            <mat-label>{{ data.reasonLabelKey ?? '' | transloco }}</mat-label>
            <textarea
              matInput
              rows="3"
              formControlName="reason"
              [required]="data.reason === 'required'"
              [maxlength]="maxLength"
              cdkFocusInitial
              [attr.data-testid]="reasonTestId"
            ></textarea>
            @if (data.reasonHintKey) {
              <mat-hint>{{ data.reasonHintKey | transloco }}</mat-hint>
            }
            <mat-error>{{ form.controls.reason | lotseFieldError }}</mat-error>
          </mat-form-field>
        }
        @if (data.dateLabelKey) {
          <mat-form-field class="full">
            <mat-label>{{ data.dateLabelKey | transloco }}</mat-label>
            <input matInput [matDatepicker]="picker" formControlName="date" required autocomplete="off" [attr.data-testid]="id + '-date'" />
            <mat-datepicker-toggle matIconSuffix [for]="picker" />
            <mat-datepicker #picker />
            @if (data.dateHintKey) {
              <mat-hint>{{ data.dateHintKey | transloco }}</mat-hint>
            }
            <mat-error>{{ form.controls.date | lotseFieldError }}</mat-error>
          </mat-form-field>
        }
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" mat-dialog-close [disabled]="saving()" [attr.data-testid]="id + '-cancel'">
          {{ 'common.cancel' | transloco }}
        </button>
        <button mat-flat-button type="submit" [class.danger]="data.danger" [disabled]="saving()" [attr.data-testid]="id + '-submit'">
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
export class ReasonDialog<T = unknown> {
  private readonly ref = inject<MatDialogRef<ReasonDialog<T>, ReasonDialogDone<T>>>(MatDialogRef);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  protected readonly data = inject<ReasonDialogData<T>>(MAT_DIALOG_DATA);
  protected readonly id = this.data.testId ?? 'reason';
  protected readonly maxLength = this.data.maxLength ?? 1000;
  /** `reason-input` for the default prefix (the matching pages' tests), else `<testId>-reason`. */
  protected readonly reasonTestId = this.id === 'reason' ? 'reason-input' : `${this.id}-reason`;

  protected readonly form = new FormGroup({
    reason: new FormControl('', {
      nonNullable: true,
      validators:
        this.data.reason === 'required'
          ? [Validators.required, notBlank, Validators.maxLength(this.maxLength)]
          : [Validators.maxLength(this.maxLength)],
    }),
    date: new FormControl<Date | null>(this.data.dateDefault ?? null, this.data.dateLabelKey ? Validators.required : []),
  });
  protected readonly saving = signal(false);
  protected readonly message = signal<FormMessage | null>(null);

  protected submit(): void {
    if (this.saving()) return;
    this.message.set(null);
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      focusFirstInvalid(this.host.nativeElement);
      return;
    }
    const v = this.form.getRawValue();
    this.saving.set(true);
    this.data.run(v.reason.trim(), this.data.dateLabelKey && v.date ? toIsoDate(v.date) : null).subscribe({
      next: (value) => this.ref.close({ value }),
      error: (err: unknown) => {
        this.saving.set(false);
        const apiError = toApiError(err);
        if (apiError.statusCode === 409 && this.data.conflictKey) {
          this.message.set({ key: this.data.conflictKey });
          return;
        }
        const text = applyApiErrors(this.form, apiError, { fieldMap: this.data.fieldMap });
        this.message.set(text ? { text } : null);
      },
    });
  }
}

/**
 * Opens the dialog with the page's injector (so it sees the route's Material providers and
 * translation scope). Emits the server's answer when the change was made, `undefined` when cancelled.
 */
export function openReasonDialog<T>(
  dialog: MatDialog,
  injector: Injector,
  data: ReasonDialogData<T>,
): Observable<ReasonDialogDone<T> | undefined> {
  return (
    dialog
      .open<ReasonDialog<T>, ReasonDialogData<T>, ReasonDialogDone<T>>(ReasonDialog, { data, injector, width: '560px', maxWidth: '95vw' })
      .afterClosed()
      // Cancel (`mat-dialog-close` without a value) closes with '' — only `{ value }` means done.
      .pipe(map((done) => (typeof done === 'object' && done !== null && 'value' in done ? done : undefined)))
  );
}
