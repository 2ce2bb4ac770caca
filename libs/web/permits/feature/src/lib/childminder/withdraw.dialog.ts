import { Component, inject, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { TranslocoPipe } from '@jsverse/transloco';
import type { PermitApplicationDto } from '@lotse/shared/contracts';
import { toApiError } from '@lotse/web/core';
import { PERMIT_LIMITS, PermitsApi } from '@lotse/web/permits/data-access';
import { FormMessageComponent, applyApiErrors, type FormMessage } from '@lotse/web/ui';
import { PermitFieldErrorPipe } from '../shared/permit-field-error.pipe';

export function createWithdrawForm() {
  return new FormGroup({
    reason: new FormControl('', { nonNullable: true, validators: [Validators.maxLength(PERMIT_LIMITS.withdrawReasonMaxLength)] }),
  });
}

/** "Antrag zurückziehen": confirmation with an optional reason. Closes with `true` when withdrawn. */
@Component({
  selector: 'lotse-withdraw-dialog',
  imports: [ReactiveFormsModule, MatButtonModule, MatDialogModule, MatFormFieldModule, MatInputModule, TranslocoPipe, FormMessageComponent, PermitFieldErrorPipe],
  template: `
    <h2 mat-dialog-title>{{ 'permits.withdraw.title' | transloco }}</h2>
    <form [formGroup]="form" (ngSubmit)="submit()" novalidate>
      <mat-dialog-content>
        <p>{{ 'permits.withdraw.intro' | transloco: { kind: ('permits.kind.' + app.kind | transloco) } }}</p>
        <lotse-form-message [message]="message()" testId="withdraw-error" />
        <mat-form-field class="full">
          <mat-label>{{ 'permits.withdraw.reason' | transloco }}</mat-label>
          <textarea matInput rows="3" formControlName="reason" [maxlength]="maxLength" cdkFocusInitial data-testid="withdraw-reason"></textarea>
          <mat-hint>{{ 'permits.withdraw.reasonHint' | transloco }}</mat-hint>
          <mat-error>{{ form.controls.reason | permitFieldError }}</mat-error>
        </mat-form-field>
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" mat-dialog-close data-testid="withdraw-cancel">{{ 'common.cancel' | transloco }}</button>
        <button mat-flat-button type="submit" class="danger" [disabled]="saving()" data-testid="withdraw-submit">
          {{ 'permits.withdraw.submit' | transloco }}
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
export class WithdrawDialog {
  private readonly api = inject(PermitsApi);
  private readonly ref = inject(MatDialogRef<WithdrawDialog, boolean>);
  protected readonly app = inject<PermitApplicationDto>(MAT_DIALOG_DATA);

  protected readonly form = createWithdrawForm();
  protected readonly maxLength = PERMIT_LIMITS.withdrawReasonMaxLength;
  protected readonly saving = signal(false);
  protected readonly message = signal<FormMessage | null>(null);

  protected submit(): void {
    this.message.set(null);
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    const reason = this.form.getRawValue().reason.trim();
    this.saving.set(true);
    this.api.withdraw(this.app.id, { ...(reason ? { reason } : {}), version: this.app.version }).subscribe({
      next: () => this.ref.close(true),
      error: (err: unknown) => {
        this.saving.set(false);
        const text = applyApiErrors(this.form, toApiError(err));
        this.message.set(text ? { text } : null);
      },
    });
  }
}
