import { Component, ElementRef, inject, signal, viewChild } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatDatepicker, MatDatepickerInput, MatDatepickerToggle } from '@angular/material/datepicker';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatRadioModule } from '@angular/material/radio';
import { MatSelectModule } from '@angular/material/select';
import { TranslocoPipe } from '@jsverse/transloco';
import type { EvidenceItemDto, EvidenceRuleDto, EvidenceType, RecordEvidenceDto } from '@lotse/shared/contracts';
import { ChildmindersApi, DocumentUploader, type FileRef } from '@lotse/web/childminders/data-access';
import { toApiError } from '@lotse/web/core';
import {
  FieldErrorPipe,
  FormMessageComponent,
  LotseValidators,
  applyApiErrors,
  focusFirstInvalid,
  toIsoDate,
  type FormMessage,
} from '@lotse/web/ui';
import { FilePickerComponent } from './file-picker.component';
import { fileControl } from './file-picker';
import { EvidenceLabelPipe } from './evidence-label.pipe';

export interface RecordEvidenceData {
  ref: FileRef;
  type: EvidenceType;
  rule: EvidenceRuleDto;
  /** Good conduct of an adult household member (null = the childminder). */
  personName: string | null;
  /** Adults of the household (good conduct: whose certificate). */
  householdMembers: readonly string[];
  /** Who records: advisors may record every type, childminders not good conduct and home visit. */
  role: 'advisor' | 'childminder';
  /** Only upload a document to this existing item (no new item). */
  uploadTo?: { itemId: string } | null;
}

export interface RecordEvidenceResult {
  item: EvidenceItemDto | null;
  uploaded: boolean;
}

const TYPES_WITH_UNITS: readonly EvidenceType[] = ['qualification_course', 'continuing_education', 'first_aid'];

/**
 * Records an evidence item (date, units where the rule asks, presentation date) and, where
 * documents are allowed, uploads one with a progress bar. For the certificate of good conduct
 * (advisors only) it records the inspection of the original: certificate date, inspected on,
 * person, relevant conviction yes/no — no upload, no notes (§ 72a Abs. 5 SGB VIII).
 * With `uploadTo` it only uploads a document to an existing item.
 */
@Component({
  selector: 'lotse-record-evidence-dialog',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatDialogModule,
    MatDatepicker,
    MatDatepickerInput,
    MatDatepickerToggle,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatProgressBarModule,
    MatRadioModule,
    MatSelectModule,
    TranslocoPipe,
    FieldErrorPipe,
    FormMessageComponent,
    FilePickerComponent,
    EvidenceLabelPipe,
  ],
  templateUrl: './record-evidence.dialog.html',
  styleUrl: './record-evidence.dialog.scss',
})
export class RecordEvidenceDialog {
  protected readonly data = inject<RecordEvidenceData>(MAT_DIALOG_DATA);
  private readonly api = inject(ChildmindersApi);
  private readonly uploader = inject(DocumentUploader);
  private readonly dialogRef = inject<MatDialogRef<RecordEvidenceDialog, RecordEvidenceResult>>(MatDialogRef);
  private readonly formRef = viewChild.required<ElementRef<HTMLFormElement>>('formEl');

  protected readonly today = new Date();
  protected readonly goodConduct = this.data.type === 'good_conduct';
  protected readonly homeVisit = this.data.type === 'home_visit';
  protected readonly uploadOnly = !!this.data.uploadTo;
  protected readonly showUnits = !this.goodConduct && (this.data.rule.unitsRequired !== null || TYPES_WITH_UNITS.includes(this.data.type));
  protected readonly canUpload = this.data.rule.uploadAllowed && !this.goodConduct;

  protected readonly form = new FormGroup({
    date: new FormControl<Date | null>(null, this.uploadOnly ? [] : [Validators.required, LotseValidators.notInFuture]),
    submittedOn: new FormControl<Date | null>(
      this.goodConduct ? new Date() : null,
      this.goodConduct ? [Validators.required, LotseValidators.notInFuture] : [LotseValidators.notInFuture],
    ),
    units: new FormControl<number | null>(null, [
      ...(this.showUnits && this.data.rule.unitsRequired !== null && !this.uploadOnly ? [Validators.required] : []),
      Validators.min(0),
      Validators.max(1000),
      LotseValidators.integer,
    ]),
    personName: new FormControl<string>(this.data.personName ?? '', { nonNullable: true }),
    relevantConviction: new FormControl<boolean | null>(null, this.goodConduct ? [Validators.required] : []),
    note: new FormControl('', { nonNullable: true, validators: [Validators.maxLength(4000)] }),
    file: fileControl(this.uploadOnly),
  });

  protected readonly saving = signal(false);
  protected readonly progress = signal<number | null>(null);
  protected readonly uploading = signal(false);
  protected readonly message = signal<FormMessage | null>(null);
  /** The item once recorded: a failed upload is then retried against it, not recorded twice. */
  private recorded: EvidenceItemDto | null = null;

  protected submit(): void {
    if (this.saving()) return;
    this.message.set(null);
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      focusFirstInvalid(this.formRef().nativeElement);
      return;
    }
    this.saving.set(true);
    this.dialogRef.disableClose = true;
    const itemId = this.data.uploadTo?.itemId ?? this.recorded?.id;
    if (itemId) {
      this.upload(itemId);
      return;
    }
    this.api.record(this.data.ref, this.body()).subscribe({
      next: (item) => {
        this.recorded = item;
        if (this.form.controls.file.value && this.canUpload) {
          this.upload(item.id);
        } else {
          this.dialogRef.close({ item, uploaded: false });
        }
      },
      error: (error: unknown) => this.fail(error),
    });
  }

  private body(): RecordEvidenceDto {
    const v = this.form.getRawValue();
    const body: RecordEvidenceDto = { type: this.data.type, date: v.date ? toIsoDate(v.date) : '' };
    if (v.submittedOn) body.submittedOn = toIsoDate(v.submittedOn);
    if (this.showUnits && v.units !== null && (v.units as unknown) !== '') body.units = Number(v.units);
    if (this.goodConduct) {
      body.relevantConviction = v.relevantConviction === true;
      if (v.personName.trim()) body.personName = v.personName.trim();
    } else if (v.note.trim()) {
      body.note = v.note.trim();
    }
    return body;
  }

  private upload(itemId: string): void {
    const file = this.form.controls.file.value;
    if (!file) {
      this.dialogRef.close({ item: this.recorded, uploaded: false });
      return;
    }
    this.uploading.set(true);
    this.progress.set(0);
    this.uploader.upload(this.data.ref, itemId, file).subscribe({
      next: (event) => {
        if (event.state === 'progress') {
          this.progress.set(event.percent);
        } else {
          this.uploading.set(false);
          this.dialogRef.close({ item: this.recorded, uploaded: true });
        }
      },
      error: (error: unknown) => {
        this.uploading.set(false);
        this.progress.set(null);
        this.fail(error);
      },
    });
  }

  private fail(error: unknown): void {
    this.saving.set(false);
    this.dialogRef.disableClose = false;
    const apiError = toApiError(error);
    const text = applyApiErrors(this.form, apiError);
    if (this.recorded && !this.uploadOnly) {
      // The item is saved; only the document failed. Say so, so nobody records it twice.
      this.message.set({ key: 'evidence.record.savedUploadFailed', params: { reason: text ?? apiError.message } });
    } else {
      this.message.set(text ? { text } : null);
    }
    setTimeout(() => focusFirstInvalid(this.formRef().nativeElement));
  }

  protected close(): void {
    this.dialogRef.close(this.recorded ? { item: this.recorded, uploaded: false } : undefined);
  }
}
