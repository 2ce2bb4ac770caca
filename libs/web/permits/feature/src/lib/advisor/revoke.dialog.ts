import { Component, ElementRef, inject, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatDatepicker, MatDatepickerInput, MatDatepickerToggle } from '@angular/material/datepicker';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { TranslocoPipe } from '@jsverse/transloco';
import type { PermitDto } from '@lotse/shared/contracts';
import { toApiError } from '@lotse/web/core';
import { PERMIT_LIMITS, PermitsApi } from '@lotse/web/permits/data-access';
import { FormMessageComponent, applyApiErrors, focusFirstInvalid, toIsoDate, type FormMessage } from '@lotse/web/ui';
import { today } from '../shared/dates';
import { PermitFieldErrorPipe } from '../shared/permit-field-error.pipe';

export function createRevokeForm() {
  return new FormGroup({
    reason: new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.maxLength(PERMIT_LIMITS.revokeReasonMaxLength)] }),
    effectiveOn: new FormControl<Date | null>(today(), Validators.required),
  });
}

/** "Pflegeerlaubnis widerrufen": reason and the day the revocation takes effect. Closes with `true` when done. */
@Component({
  selector: 'lotse-revoke-dialog',
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
    PermitFieldErrorPipe,
  ],
  template: `
    <h2 mat-dialog-title>{{ 'permits.revoke.title' | transloco: { number: permit.number ?? '' } }}</h2>
    <form [formGroup]="form" (ngSubmit)="submit()" novalidate>
      <mat-dialog-content>
        <p>{{ 'permits.revoke.intro' | transloco: { name: permit.holderName } }}</p>
        <lotse-form-message [message]="message()" testId="revoke-error" />
        <mat-form-field class="full">
          <mat-label>{{ 'permits.revoke.reason' | transloco }}</mat-label>
          <textarea matInput rows="4" formControlName="reason" required [maxlength]="maxLength" cdkFocusInitial data-testid="revoke-reason"></textarea>
          <mat-error>{{ form.controls.reason | permitFieldError }}</mat-error>
        </mat-form-field>
        <mat-form-field class="full">
          <mat-label>{{ 'permits.revoke.effectiveOn' | transloco }}</mat-label>
          <input matInput [matDatepicker]="picker" formControlName="effectiveOn" required autocomplete="off" data-testid="revoke-date" />
          <mat-datepicker-toggle matIconSuffix [for]="picker" />
          <mat-datepicker #picker />
          <mat-hint>{{ 'permits.common.dateHint' | transloco }}</mat-hint>
          <mat-error>{{ form.controls.effectiveOn | permitFieldError }}</mat-error>
        </mat-form-field>
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" mat-dialog-close data-testid="revoke-cancel">{{ 'common.cancel' | transloco }}</button>
        <button mat-flat-button type="submit" class="danger" [disabled]="saving()" data-testid="revoke-submit">
          {{ 'permits.revoke.submit' | transloco }}
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
export class RevokeDialog {
  private readonly api = inject(PermitsApi);
  private readonly ref = inject(MatDialogRef<RevokeDialog, boolean>);
  private readonly host = inject(ElementRef<HTMLElement>);
  protected readonly permit = inject<PermitDto>(MAT_DIALOG_DATA);

  protected readonly form = createRevokeForm();
  protected readonly maxLength = PERMIT_LIMITS.revokeReasonMaxLength;
  protected readonly saving = signal(false);
  protected readonly message = signal<FormMessage | null>(null);

  protected submit(): void {
    this.message.set(null);
    const v = this.form.getRawValue();
    if (this.form.invalid || !v.effectiveOn) {
      this.form.markAllAsTouched();
      focusFirstInvalid(this.host.nativeElement);
      return;
    }
    this.saving.set(true);
    this.api.revoke(this.permit.id, { reason: v.reason.trim(), effectiveOn: toIsoDate(v.effectiveOn) }).subscribe({
      next: () => this.ref.close(true),
      error: (err: unknown) => {
        this.saving.set(false);
        const text = applyApiErrors(this.form, toApiError(err));
        this.message.set(text ? { text } : null);
      },
    });
  }
}
