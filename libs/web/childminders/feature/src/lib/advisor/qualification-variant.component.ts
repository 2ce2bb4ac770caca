import { Component, effect, inject, input, output, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { TranslocoPipe } from '@jsverse/transloco';
import type { ChildminderProfileDto } from '@lotse/shared/contracts';
import { QUALIFICATION_VARIANTS, type QualificationVariant } from '@lotse/shared/contracts/values';
import { ChildmindersApi } from '@lotse/web/childminders/data-access';
import { Notifier, toApiError } from '@lotse/web/core';
import { FieldErrorPipe, FormMessageComponent, type FormMessage } from '@lotse/web/ui';

/**
 * The advisor records which qualification applies to her (standard QHB, pedagogical professional
 * 80 UE, older DJI curriculum) with a reason; the checklist follows at once (issue 11).
 */
@Component({
  selector: 'lotse-qualification-variant',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    TranslocoPipe,
    FieldErrorPipe,
    FormMessageComponent,
  ],
  template: `
    <lotse-form-message [message]="message()" testId="qualification-error" />
    <form class="variant" [formGroup]="form" (ngSubmit)="submit()" novalidate data-testid="qualification-form">
      <mat-form-field class="select">
        <mat-label>{{ 'childminders.qualification.variant' | transloco }}</mat-label>
        <mat-select formControlName="variant" required data-testid="qualification-variant">
          @for (v of variants; track v) {
            <mat-option [value]="v" [attr.data-testid]="'qualification-variant-' + v">{{
              'childminders.qualification.variants.' + v | transloco
            }}</mat-option>
          }
        </mat-select>
      </mat-form-field>
      <mat-form-field class="reason">
        <mat-label>{{ 'childminders.qualification.reason' | transloco }}</mat-label>
        <input matInput formControlName="reason" required maxlength="1000" data-testid="qualification-reason" />
        <mat-hint>{{ 'childminders.qualification.reasonHint' | transloco }}</mat-hint>
        <mat-error>{{ form.controls.reason | lotseFieldError }}</mat-error>
      </mat-form-field>
      <button mat-stroked-button type="submit" [disabled]="saving()" data-testid="qualification-submit">
        {{ 'childminders.qualification.submit' | transloco }}
      </button>
    </form>
  `,
  styles: `
    .variant {
      display: flex;
      flex-wrap: wrap;
      align-items: flex-start;
      gap: 8px 16px;
    }
    .select {
      flex: 0 0 280px;
    }
    .reason {
      flex: 1 1 280px;
    }
    button[type='submit'] {
      margin-top: 8px;
    }
  `,
})
export class QualificationVariantComponent {
  private readonly api = inject(ChildmindersApi);
  private readonly notifier = inject(Notifier);

  readonly profile = input.required<ChildminderProfileDto>();
  readonly changed = output<ChildminderProfileDto>();

  protected readonly variants = QUALIFICATION_VARIANTS;
  protected readonly form = new FormGroup({
    variant: new FormControl<QualificationVariant>('standard', { nonNullable: true, validators: Validators.required }),
    reason: new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.maxLength(1000)] }),
  });
  protected readonly saving = signal(false);
  protected readonly message = signal<FormMessage | null>(null);

  constructor() {
    effect(() => {
      const q = this.profile().qualification;
      this.form.reset({ variant: q?.variant ?? 'standard', reason: q?.reason ?? '' });
    });
  }

  protected submit(): void {
    if (this.saving()) return;
    this.message.set(null);
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    this.saving.set(true);
    const v = this.form.getRawValue();
    this.api.setQualification(this.profile().id, { variant: v.variant, reason: v.reason.trim() }).subscribe({
      next: (updated) => {
        this.saving.set(false);
        this.notifier.success('childminders.qualification.done');
        this.changed.emit(updated);
      },
      error: (error: unknown) => {
        this.saving.set(false);
        const e = toApiError(error);
        this.message.set(e.message ? { text: e.message } : { key: 'errors.badRequest' });
      },
    });
  }
}
