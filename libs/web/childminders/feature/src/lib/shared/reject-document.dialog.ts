import { Component, ElementRef, inject, signal, viewChild } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { TranslocoPipe } from '@jsverse/transloco';
import type { EvidenceDocumentDto } from '@lotse/shared/contracts';
import { ChildmindersApi } from '@lotse/web/childminders/data-access';
import { toApiError } from '@lotse/web/core';
import { FieldErrorPipe, FormMessageComponent, applyApiErrors, focusFirstInvalid, type FormMessage } from '@lotse/web/ui';

export interface RejectDocumentData {
  childminderId: string;
  document: EvidenceDocumentDto;
}

/** The advisor rejects a document; the reason is required and shown to the childminder. */
@Component({
  selector: 'lotse-reject-document-dialog',
  imports: [ReactiveFormsModule, MatButtonModule, MatDialogModule, MatFormFieldModule, MatInputModule, TranslocoPipe, FieldErrorPipe, FormMessageComponent],
  template: `
    <h2 mat-dialog-title>{{ 'evidence.review.rejectTitle' | transloco }}</h2>
    <form #formEl [formGroup]="form" (ngSubmit)="submit()" novalidate>
      <mat-dialog-content>
        <lotse-form-message [message]="message()" testId="reject-error" />
        <p>{{ 'evidence.review.rejectIntro' | transloco: { file: data.document.filename } }}</p>
        <mat-form-field class="full-width">
          <mat-label>{{ 'evidence.review.reason' | transloco }}</mat-label>
          <textarea matInput formControlName="reason" rows="4" required data-testid="reject-reason"></textarea>
          <mat-hint>{{ 'evidence.review.reasonHint' | transloco }}</mat-hint>
          <mat-error>{{ reason | lotseFieldError }}</mat-error>
        </mat-form-field>
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" mat-dialog-close [disabled]="saving()" data-testid="reject-cancel">{{ 'common.cancel' | transloco }}</button>
        <button mat-flat-button type="submit" [disabled]="saving()" data-testid="reject-submit">{{ 'evidence.review.reject' | transloco }}</button>
      </mat-dialog-actions>
    </form>
  `,
  styles: `
    .full-width {
      width: 100%;
    }
  `,
})
export class RejectDocumentDialog {
  protected readonly data = inject<RejectDocumentData>(MAT_DIALOG_DATA);
  private readonly api = inject(ChildmindersApi);
  private readonly dialogRef = inject<MatDialogRef<RejectDocumentDialog, EvidenceDocumentDto>>(MatDialogRef);
  private readonly formRef = viewChild.required<ElementRef<HTMLFormElement>>('formEl');

  protected readonly reason = new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.maxLength(1000)] });
  protected readonly form = new FormGroup({ reason: this.reason });
  protected readonly saving = signal(false);
  protected readonly message = signal<FormMessage | null>(null);

  protected submit(): void {
    if (this.saving()) return;
    this.message.set(null);
    if (this.reason.invalid || !this.reason.value.trim()) {
      this.reason.setErrors({ required: true });
      this.reason.markAsTouched();
      focusFirstInvalid(this.formRef().nativeElement);
      return;
    }
    this.saving.set(true);
    this.api
      .review(this.data.childminderId, this.data.document.id, { decision: 'rejected', reason: this.reason.value.trim(), version: this.data.document.version })
      .subscribe({
        next: (doc) => this.dialogRef.close(doc),
        error: (error: unknown) => {
          this.saving.set(false);
          const apiError = toApiError(error);
          const text = applyApiErrors(this.reason, { ...apiError, errors: apiError.errors.map((e) => ({ ...e, field: '' })) });
          this.message.set(apiError.statusCode === 409 ? { key: 'evidence.review.conflict' } : text ? { text } : null);
        },
      });
  }
}
