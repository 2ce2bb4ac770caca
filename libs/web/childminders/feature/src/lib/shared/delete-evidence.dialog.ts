import { Component, ElementRef, inject, signal, viewChild } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { TranslocoPipe } from '@jsverse/transloco';
import type { EvidenceItemDto } from '@lotse/shared/contracts';
import { ChildmindersApi, type FileRef } from '@lotse/web/childminders/data-access';
import { LanguageService, toApiError } from '@lotse/web/core';
import { FieldErrorPipe, FormMessageComponent, LotseDatePipe, applyApiErrors, focusFirstInvalid, type FormMessage } from '@lotse/web/ui';

export interface DeleteEvidenceData {
  ref: FileRef;
  item: EvidenceItemDto;
  /** The evidence type's label, for the question. */
  label: string;
  /** Advisors give a reason (shown in the file's timeline); for the childminder it is optional. */
  reasonRequired: boolean;
}

/** "Nachweis löschen": confirmation with a reason (required for the advisory service). Closes with `true` when deleted. */
@Component({
  selector: 'lotse-delete-evidence-dialog',
  imports: [ReactiveFormsModule, MatButtonModule, MatDialogModule, MatFormFieldModule, MatInputModule, TranslocoPipe, FieldErrorPipe, FormMessageComponent, LotseDatePipe],
  template: `
    <h2 mat-dialog-title>{{ 'evidence.delete.title' | transloco }}</h2>
    <form #formEl [formGroup]="form" (ngSubmit)="submit()" novalidate>
      <mat-dialog-content>
        <lotse-form-message [message]="message()" testId="delete-evidence-error" />
        <p>{{ 'evidence.delete.intro' | transloco: { label: data.label, date: (data.item.date | lotseDate: language.tag()) } }}</p>
        <mat-form-field class="full-width">
          <mat-label>{{ (data.reasonRequired ? 'evidence.delete.reason' : 'evidence.delete.reasonOptional') | transloco }}</mat-label>
          <textarea matInput formControlName="reason" rows="3" [required]="data.reasonRequired" maxlength="1000" data-testid="delete-evidence-reason"></textarea>
          <mat-hint>{{ 'evidence.delete.reasonHint' | transloco }}</mat-hint>
          <mat-error>{{ reason | lotseFieldError }}</mat-error>
        </mat-form-field>
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" mat-dialog-close [disabled]="saving()" data-testid="delete-evidence-cancel">{{ 'common.cancel' | transloco }}</button>
        <button mat-flat-button type="submit" class="danger" [disabled]="saving()" data-testid="delete-evidence-submit">{{ 'evidence.delete.submit' | transloco }}</button>
      </mat-dialog-actions>
    </form>
  `,
  styles: `
    .full-width {
      width: 100%;
    }
    .danger {
      --mat-button-filled-container-color: var(--mat-sys-error);
      --mat-button-filled-label-text-color: var(--mat-sys-on-error);
    }
  `,
})
export class DeleteEvidenceDialog {
  protected readonly data = inject<DeleteEvidenceData>(MAT_DIALOG_DATA);
  protected readonly language = inject(LanguageService);
  private readonly api = inject(ChildmindersApi);
  private readonly dialogRef = inject<MatDialogRef<DeleteEvidenceDialog, boolean>>(MatDialogRef);
  private readonly formRef = viewChild.required<ElementRef<HTMLFormElement>>('formEl');

  protected readonly reason = new FormControl('', { nonNullable: true, validators: [Validators.maxLength(1000)] });
  protected readonly form = new FormGroup({ reason: this.reason });
  protected readonly saving = signal(false);
  protected readonly message = signal<FormMessage | null>(null);

  protected submit(): void {
    if (this.saving()) return;
    this.message.set(null);
    const reason = this.reason.value.trim();
    if (this.reason.invalid || (this.data.reasonRequired && !reason)) {
      if (!reason) this.reason.setErrors({ required: true });
      this.reason.markAsTouched();
      focusFirstInvalid(this.formRef().nativeElement);
      return;
    }
    this.saving.set(true);
    this.api.deleteItem(this.data.ref, this.data.item.id, reason ? { reason } : {}).subscribe({
      next: () => this.dialogRef.close(true),
      error: (error: unknown) => {
        this.saving.set(false);
        const text = applyApiErrors(this.form, toApiError(error));
        this.message.set(text ? { text } : null);
      },
    });
  }
}
