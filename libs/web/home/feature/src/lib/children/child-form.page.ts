import { Component, ElementRef, inject, signal, viewChild } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatDatepicker, MatDatepickerInput, MatDatepickerToggle } from '@angular/material/datepicker';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { Router, RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import type { CreateChildDto } from '@lotse/shared/contracts';
import { ChildrenApi, Notifier, toApiError } from '@lotse/web/core';
import {
  FormMessageComponent,
  PageComponent,
  focusFirstInvalid,
  type FormMessage,
  FieldErrorPipe,
  LotseValidators,
  applyApiErrors,
  toIsoDate,
} from '@lotse/web/ui';

/** A parent registers a child. The date of birth is sent as `YYYY-MM-DD`. */
@Component({
  selector: 'lotse-child-form-page',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatCardModule,
    // Not MatDatepickerModule: it provides its own MatDatepickerIntl, which would hide the
    // translated one from provideLotseMaterial().
    MatDatepicker,
    MatDatepickerInput,
    MatDatepickerToggle,
    MatFormFieldModule,
    MatInputModule,
    RouterLink,
    TranslocoPipe,
    FieldErrorPipe,
    PageComponent,
    FormMessageComponent,
  ],
  templateUrl: './child-form.page.html',
})
export class ChildFormPage {
  private readonly fb = inject(NonNullableFormBuilder);
  private readonly api = inject(ChildrenApi);
  private readonly router = inject(Router);
  private readonly notifier = inject(Notifier);
  private readonly formRef = viewChild.required<ElementRef<HTMLFormElement>>('formEl');

  protected readonly today = new Date();
  protected readonly form = this.fb.group({
    firstName: ['', [Validators.required, Validators.maxLength(100)]],
    lastName: ['', [Validators.required, Validators.maxLength(100)]],
    dateOfBirth: this.fb.control<Date | null>(null, [Validators.required, LotseValidators.notInFuture]),
    notes: ['', [Validators.maxLength(2000)]],
  });
  protected readonly saving = signal(false);
  protected readonly message = signal<FormMessage | null>(null);

  protected submit(): void {
    if (this.saving()) {
      return;
    }
    this.message.set(null);
    const { firstName, lastName, dateOfBirth, notes } = this.form.getRawValue();
    if (this.form.invalid || !dateOfBirth) {
      this.form.markAllAsTouched();
      focusFirstInvalid(this.formRef().nativeElement);
      return;
    }
    const body: CreateChildDto = {
      firstName: firstName.trim(),
      lastName: lastName.trim(),
      dateOfBirth: toIsoDate(dateOfBirth),
    };
    if (notes.trim()) {
      body.notes = notes.trim();
    }
    this.saving.set(true);
    this.api.create(body).subscribe({
      next: (child) => {
        this.notifier.success('children.form.created', { name: child.firstName });
        void this.router.navigate(['/parent/children', child.id]);
      },
      error: (error: unknown) => {
        this.saving.set(false);
        const text = applyApiErrors(this.form, toApiError(error));
        this.message.set(text ? { text } : null);
        focusFirstInvalid(this.formRef().nativeElement);
      },
    });
  }
}
