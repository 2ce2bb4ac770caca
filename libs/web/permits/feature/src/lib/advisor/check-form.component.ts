import { Component, ElementRef, inject, input, output, signal } from '@angular/core';
import { ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatDatepicker, MatDatepickerInput, MatDatepickerToggle } from '@angular/material/datepicker';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { TranslocoPipe } from '@jsverse/transloco';
import { Notifier, toApiError } from '@lotse/web/core';
import {
  CHECK_KIND_VALUES,
  CRITERION_VALUES,
  FINDING_RATING_VALUES,
  PERMIT_LIMITS,
  PermitsApi,
  RECOMMENDATION_VALUES,
} from '@lotse/web/permits/data-access';
import { FormMessageComponent, applyApiErrors, focusFirstInvalid, type FormMessage } from '@lotse/web/ui';
import { today } from '../shared/dates';
import { PermitFieldErrorPipe } from '../shared/permit-field-error.pipe';
import { TextListFieldComponent } from '../shared/text-list-field.component';
import { createCheckForm, toRecordCheckDto } from './check-form';

/** "Hausbesuch / Eignungsgespräch erfassen". */
@Component({
  selector: 'lotse-check-form',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatDatepicker,
    MatDatepickerInput,
    MatDatepickerToggle,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatSelectModule,
    TranslocoPipe,
    FormMessageComponent,
    PermitFieldErrorPipe,
    TextListFieldComponent,
  ],
  templateUrl: './check-form.component.html',
  styles: `
    fieldset {
      margin: 0;
      padding: 8px 16px 0;
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: var(--mat-sys-corner-small);
    }
    legend {
      padding: 0 4px;
      font: var(--mat-sys-title-small);
    }
    .criteria {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(280px, 1fr));
      gap: 16px;
    }
    .criteria mat-form-field {
      width: 100%;
    }
  `,
})
export class CheckFormComponent {
  private readonly api = inject(PermitsApi);
  private readonly notifier = inject(Notifier);
  private readonly host = inject(ElementRef<HTMLElement>);

  readonly applicationId = input.required<string>();
  readonly recorded = output<void>();

  protected readonly kinds = CHECK_KIND_VALUES;
  protected readonly criteria = CRITERION_VALUES;
  protected readonly ratings = FINDING_RATING_VALUES;
  protected readonly recommendations = RECOMMENDATION_VALUES;
  protected readonly limits = PERMIT_LIMITS;
  protected readonly personLimits = { max: PERMIT_LIMITS.personsMax, maxLength: PERMIT_LIMITS.listEntryMaxLength };
  protected readonly roomLimits = { max: PERMIT_LIMITS.roomsCheckedMax, maxLength: PERMIT_LIMITS.listEntryMaxLength };
  protected readonly maxDate = today();

  protected form = createCheckForm();
  protected readonly saving = signal(false);
  protected readonly message = signal<FormMessage | null>(null);

  protected submit(): void {
    this.message.set(null);
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      this.message.set({ key: 'permits.common.checkFields' });
      focusFirstInvalid(this.host.nativeElement);
      return;
    }
    this.saving.set(true);
    this.api.recordCheck(this.applicationId(), toRecordCheckDto(this.form)).subscribe({
      next: () => {
        this.saving.set(false);
        this.notifier.success(
          this.form.controls.kind.value === 'home_visit' ? 'permits.check.doneHomeVisit' : 'permits.check.doneInterview',
        );
        this.form = createCheckForm();
        this.recorded.emit();
      },
      error: (err: unknown) => {
        this.saving.set(false);
        const text = applyApiErrors(this.form, toApiError(err));
        this.message.set(text ? { text } : null);
        focusFirstInvalid(this.host.nativeElement);
      },
    });
  }
}
