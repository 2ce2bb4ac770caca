import { Component, ElementRef, inject, signal, viewChild } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { TranslocoPipe } from '@jsverse/transloco';
import type { RecheckOutcome, RecheckTaskDto } from '@lotse/shared/contracts';
import { RecheckTasksApi } from '@lotse/web/childminders/data-access';
import { toApiError } from '@lotse/web/core';
import { FieldErrorPipe, FormMessageComponent, applyApiErrors, focusFirstInvalid, type FormMessage } from '@lotse/web/ui';
import { OUTCOMES } from './recheck-labels';

/** The advisor closes a re-check task with its outcome and an optional note. */
@Component({
  selector: 'lotse-close-recheck-task-dialog',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatDialogModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    TranslocoPipe,
    FieldErrorPipe,
    FormMessageComponent,
  ],
  template: `
    <h2 mat-dialog-title>{{ 'recheck.close.title' | transloco }}</h2>
    <form #formEl [formGroup]="form" (ngSubmit)="submit()" novalidate>
      <mat-dialog-content>
        <lotse-form-message [message]="message()" testId="close-error" />
        <p>{{ 'recheck.close.intro' | transloco: { name: task.childminderName, event: ('recheck.event.' + task.event | transloco) } }}</p>
        <mat-form-field class="full-width">
          <mat-label>{{ 'recheck.close.outcome' | transloco }}</mat-label>
          <mat-select formControlName="outcome" required data-testid="close-outcome">
            @for (o of outcomes; track o) {
              <mat-option [value]="o" [attr.data-testid]="'close-outcome-' + o">{{ 'recheck.outcome.' + o | transloco }}</mat-option>
            }
          </mat-select>
          <mat-error>{{ form.controls.outcome | lotseFieldError }}</mat-error>
        </mat-form-field>
        <mat-form-field class="full-width">
          <mat-label>{{ 'recheck.close.note' | transloco }}</mat-label>
          <textarea matInput formControlName="note" rows="3" maxlength="1000" data-testid="close-note"></textarea>
          <mat-hint>{{ 'recheck.close.noteHint' | transloco }}</mat-hint>
          <mat-error>{{ form.controls.note | lotseFieldError }}</mat-error>
        </mat-form-field>
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" mat-dialog-close [disabled]="saving()" data-testid="close-cancel">
          {{ 'common.cancel' | transloco }}
        </button>
        <button mat-flat-button type="submit" [disabled]="saving()" data-testid="close-submit">
          {{ 'recheck.close.submit' | transloco }}
        </button>
      </mat-dialog-actions>
    </form>
  `,
  styles: `
    .full-width {
      width: 100%;
    }
  `,
})
export class CloseRecheckTaskDialog {
  protected readonly task = inject<RecheckTaskDto>(MAT_DIALOG_DATA);
  private readonly api = inject(RecheckTasksApi);
  private readonly dialogRef = inject<MatDialogRef<CloseRecheckTaskDialog, RecheckTaskDto>>(MatDialogRef);
  private readonly formRef = viewChild.required<ElementRef<HTMLFormElement>>('formEl');

  protected readonly outcomes = OUTCOMES;
  protected readonly form = new FormGroup({
    outcome: new FormControl<RecheckOutcome | null>(null, { validators: [Validators.required] }),
    note: new FormControl('', { nonNullable: true, validators: [Validators.maxLength(1000)] }),
  });
  protected readonly saving = signal(false);
  protected readonly message = signal<FormMessage | null>(null);

  protected submit(): void {
    if (this.saving()) return;
    this.message.set(null);
    const { outcome, note } = this.form.getRawValue();
    if (this.form.invalid || !outcome) {
      this.form.markAllAsTouched();
      focusFirstInvalid(this.formRef().nativeElement);
      return;
    }
    this.saving.set(true);
    this.api.close(this.task.id, { outcome, ...(note.trim() ? { note: note.trim() } : {}) }).subscribe({
      next: (closed) => this.dialogRef.close(closed),
      error: (error: unknown) => {
        this.saving.set(false);
        const apiError = toApiError(error);
        const text = applyApiErrors(this.form, apiError);
        this.message.set(apiError.statusCode === 409 ? { key: 'recheck.close.conflict' } : text ? { text } : null);
      },
    });
  }
}
