import { Component, ElementRef, inject, signal, viewChild } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { TranslocoPipe } from '@jsverse/transloco';
import type { EvidenceAppliesTo, EvidenceRuleDto } from '@lotse/shared/contracts';
import { EvidenceRulesApi, type EvidenceRulePatch } from '@lotse/web/childminders/data-access';
import { toApiError } from '@lotse/web/core';
import { FieldErrorPipe, FormMessageComponent, LotseValidators, applyApiErrors, focusFirstInvalid, type FormMessage } from '@lotse/web/ui';

const optionalInt = (min: number, max: number) =>
  new FormControl<number | null>(null, [Validators.min(min), Validators.max(max), LotseValidators.integer]);

/** Edits one rule (`UpdateEvidenceRuleDto`): empty number fields mean "no limit" (`null`). Sends the version; 409 asks to reload. */
@Component({
  selector: 'lotse-edit-evidence-rule-dialog',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatCheckboxModule,
    MatDialogModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    TranslocoPipe,
    FieldErrorPipe,
    FormMessageComponent,
  ],
  template: `
    <h2 mat-dialog-title>{{ 'admin.evidenceRules.dialogTitle' | transloco: { rule: data.label } }}</h2>
    <form #formEl [formGroup]="form" (ngSubmit)="submit()" novalidate>
      <mat-dialog-content>
        <lotse-form-message [message]="message()" testId="rule-form-error">
          @if (conflict()) {
            <button mat-stroked-button type="button" (click)="dialogRef.close('reload')" data-testid="rule-reload">
              {{ 'profile.reload' | transloco }}
            </button>
          }
        </lotse-form-message>
        <mat-checkbox formControlName="mandatory" data-testid="rule-field-mandatory">{{
          'admin.evidenceRules.fields.mandatory' | transloco
        }}</mat-checkbox>
        <div class="form-grid">
          <mat-form-field>
            <mat-label>{{ 'admin.evidenceRules.fields.appliesTo' | transloco }}</mat-label>
            <mat-select formControlName="appliesTo" data-testid="rule-field-applies-to">
              <mat-option value="all">{{ 'admin.evidenceRules.appliesTo.all' | transloco }}</mat-option>
              <mat-option value="born_after_1970">{{ 'admin.evidenceRules.appliesTo.born_after_1970' | transloco }}</mat-option>
            </mat-select>
          </mat-form-field>
          <mat-form-field>
            <mat-label>{{ 'admin.evidenceRules.fields.validityMonths' | transloco }}</mat-label>
            <input matInput type="number" min="1" max="240" step="1" formControlName="validityMonths" data-testid="rule-field-validity" />
            <mat-hint>{{ 'admin.evidenceRules.hints.validityMonths' | transloco }}</mat-hint>
            <mat-error>{{ form.controls.validityMonths | lotseFieldError }}</mat-error>
          </mat-form-field>
          <mat-form-field>
            <mat-label>{{ 'admin.evidenceRules.fields.maxAgeMonths' | transloco }}</mat-label>
            <input
              matInput
              type="number"
              min="1"
              max="120"
              step="1"
              formControlName="maxAgeMonthsAtSubmission"
              data-testid="rule-field-max-age"
            />
            <mat-hint>{{ 'admin.evidenceRules.hints.maxAgeMonths' | transloco }}</mat-hint>
            <mat-error>{{ form.controls.maxAgeMonthsAtSubmission | lotseFieldError }}</mat-error>
          </mat-form-field>
          <mat-form-field>
            <mat-label>{{ 'admin.evidenceRules.fields.units' | transloco }}</mat-label>
            <input matInput type="number" min="1" max="1000" step="1" formControlName="unitsRequired" data-testid="rule-field-units" />
            <mat-hint>{{ 'admin.evidenceRules.hints.units' | transloco }}</mat-hint>
            <mat-error>{{ form.controls.unitsRequired | lotseFieldError }}</mat-error>
          </mat-form-field>
          <mat-form-field>
            <mat-label>{{ 'admin.evidenceRules.fields.warningDays' | transloco }}</mat-label>
            <input
              matInput
              type="number"
              min="0"
              max="730"
              step="1"
              formControlName="warningDays"
              required
              data-testid="rule-field-warning"
            />
            <mat-hint>{{ 'admin.evidenceRules.hints.warningDays' | transloco }}</mat-hint>
            <mat-error>{{ form.controls.warningDays | lotseFieldError }}</mat-error>
          </mat-form-field>
        </div>
        <p class="secondary">{{ 'admin.evidenceRules.recomputeNote' | transloco }}</p>
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" mat-dialog-close [disabled]="saving()" data-testid="rule-cancel">
          {{ 'common.cancel' | transloco }}
        </button>
        <button mat-flat-button type="submit" [disabled]="saving()" data-testid="rule-submit">{{ 'common.save' | transloco }}</button>
      </mat-dialog-actions>
    </form>
  `,
})
export class EditEvidenceRuleDialog {
  protected readonly data = inject<{ rule: EvidenceRuleDto; label: string }>(MAT_DIALOG_DATA);
  private readonly api = inject(EvidenceRulesApi);
  protected readonly dialogRef = inject<MatDialogRef<EditEvidenceRuleDialog, EvidenceRuleDto | 'reload'>>(MatDialogRef);
  private readonly formRef = viewChild.required<ElementRef<HTMLFormElement>>('formEl');

  protected readonly form = new FormGroup({
    mandatory: new FormControl(this.data.rule.mandatory, { nonNullable: true }),
    appliesTo: new FormControl<EvidenceAppliesTo>(this.data.rule.appliesTo, { nonNullable: true }),
    validityMonths: optionalInt(1, 240),
    maxAgeMonthsAtSubmission: optionalInt(1, 120),
    unitsRequired: optionalInt(1, 1000),
    warningDays: new FormControl<number | null>(this.data.rule.warningDays, [
      Validators.required,
      Validators.min(0),
      Validators.max(730),
      LotseValidators.integer,
    ]),
  });
  protected readonly saving = signal(false);
  protected readonly message = signal<FormMessage | null>(null);
  protected readonly conflict = signal(false);

  constructor() {
    this.form.patchValue({
      validityMonths: this.data.rule.validityMonths,
      maxAgeMonthsAtSubmission: this.data.rule.maxAgeMonthsAtSubmission,
      unitsRequired: this.data.rule.unitsRequired,
    });
  }

  protected submit(): void {
    if (this.saving()) return;
    this.message.set(null);
    this.conflict.set(false);
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      focusFirstInvalid(this.formRef().nativeElement);
      return;
    }
    const v = this.form.getRawValue();
    const num = (x: number | null) => (x === null || (x as unknown) === '' ? null : Number(x));
    const body: EvidenceRulePatch = {
      mandatory: v.mandatory,
      appliesTo: v.appliesTo,
      validityMonths: num(v.validityMonths),
      maxAgeMonthsAtSubmission: num(v.maxAgeMonthsAtSubmission),
      unitsRequired: num(v.unitsRequired),
      warningDays: Number(v.warningDays),
      version: this.data.rule.version,
    };
    this.saving.set(true);
    this.dialogRef.disableClose = true;
    this.api.update(this.data.rule.type, body).subscribe({
      next: (rule) => this.dialogRef.close(rule),
      error: (error: unknown) => {
        this.saving.set(false);
        this.dialogRef.disableClose = false;
        const e = toApiError(error);
        if (e.statusCode === 409) {
          this.conflict.set(true);
          this.message.set({ key: 'admin.evidenceRules.conflict' });
          return;
        }
        const text = applyApiErrors(this.form, e);
        this.message.set(text ? { text } : null);
        focusFirstInvalid(this.formRef().nativeElement);
      },
    });
  }
}
