import { Component, ElementRef, inject, signal, viewChild } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators, type ValidatorFn } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { TranslocoPipe } from '@jsverse/transloco';
import type { CreateOfficeDto, FederalState, OfficeSummaryDto } from '@lotse/shared/contracts';
import { FEDERAL_STATES, OFFICE_DATA_LIMITS, TENANT_SLUG_PATTERN } from '@lotse/shared/contracts/values';
import { Notifier, toApiError } from '@lotse/web/core';
import {
  EmptyStateComponent,
  FieldErrorPipe,
  FormMessageComponent,
  LotseValidators,
  PageComponent,
  applyApiErrors,
  focusFirstInvalid,
  type FormMessage,
} from '@lotse/web/ui';
import { OperatorOfficesApi } from '../office/office-data.api';
import { lines } from '../office/office-data-form';

const districtsValid: ValidatorFn = (c) => {
  const list = lines((c.value as string) ?? '');
  if (list.length < 1 || list.length > OFFICE_DATA_LIMITS.districts) return { districtsCount: true };
  return new Set(list.map((d) => d.toLowerCase())).size === list.length ? null : { distinct: true };
};
const slugValid: ValidatorFn = (c) => (!c.value || TENANT_SLUG_PATTERN.test(c.value as string) ? null : { slug: true });
const text = (max: number, required = false) =>
  new FormControl('', { nonNullable: true, validators: [...(required ? [Validators.required] : []), Validators.maxLength(max)] });

function createForm() {
  return new FormGroup({
    name: text(200, true),
    slug: new FormControl('', { nonNullable: true, validators: [Validators.required, slugValid] }),
    state: new FormControl<FederalState>('NW', { nonNullable: true, validators: [Validators.required] }),
    districts: new FormControl('', { nonNullable: true, validators: [districtsValid] }),
    office: new FormGroup({
      street: text(200),
      postcode: new FormControl('', { nonNullable: true, validators: [LotseValidators.postcode] }),
      city: text(100),
      phone: new FormControl('', { nonNullable: true, validators: [LotseValidators.phone] }),
      email: new FormControl('', { nonNullable: true, validators: [Validators.email, Validators.maxLength(254)] }),
    }),
    admin: new FormGroup({
      firstName: text(100, true),
      lastName: text(100, true),
      email: new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.email, Validators.maxLength(254)] }),
    }),
  });
}

/**
 * "Ämter" (`/operator/offices`, operator only): every office of the installation, and a form to
 * onboard a new one with its first admin, who gets an invitation mail to set her password. The
 * same use case as `cli.js create-office`; a taken slug or e-mail is shown at its field.
 */
@Component({
  selector: 'lotse-operator-offices-page',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatCardModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    TranslocoPipe,
    PageComponent,
    EmptyStateComponent,
    FormMessageComponent,
    FieldErrorPipe,
  ],
  templateUrl: './operator-offices.page.html',
  styles: `
    .settings-card {
      margin-bottom: 16px;
    }
    .settings-card h2 {
      margin: 0 0 4px;
      font: var(--mat-sys-title-large);
    }
    table {
      border-collapse: collapse;
      width: 100%;
    }
    th,
    td {
      text-align: left;
      padding: 8px;
      border-bottom: 1px solid var(--mat-sys-outline-variant);
      vertical-align: top;
    }
  `,
})
export class OperatorOfficesPage {
  private readonly api = inject(OperatorOfficesApi);
  private readonly notifier = inject(Notifier);
  private readonly formRef = viewChild<ElementRef<HTMLFormElement>>('formEl');

  protected readonly states = FEDERAL_STATES;
  protected readonly form = createForm();
  protected readonly offices = signal<OfficeSummaryDto[] | null>(null);
  protected readonly loadFailed = signal(false);
  protected readonly saving = signal(false);
  protected readonly message = signal<FormMessage | null>(null);
  protected readonly created = signal<string | null>(null);

  constructor() {
    this.load();
  }

  protected load(): void {
    this.loadFailed.set(false);
    this.api.list().subscribe({ next: (list) => this.offices.set(list), error: () => this.loadFailed.set(true) });
  }

  protected save(): void {
    if (this.saving()) return;
    this.message.set(null);
    this.created.set(null);
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      this.message.set({ key: 'register.checkFields' });
      focusFirstInvalid(this.formRef());
      return;
    }
    const v = this.form.getRawValue();
    const office = Object.fromEntries(Object.entries(v.office).filter(([, value]) => value.trim() !== ''));
    const body: CreateOfficeDto = {
      name: v.name,
      slug: v.slug.trim(),
      state: v.state,
      districts: lines(v.districts),
      admin: v.admin,
      ...(Object.keys(office).length ? { office } : {}),
    };
    this.saving.set(true);
    this.api.create(body).subscribe({
      next: () => {
        this.saving.set(false);
        this.created.set(v.admin.email);
        this.notifier.success('operator.offices.created');
        this.form.reset();
        this.load();
      },
      error: (error: unknown) => {
        this.saving.set(false);
        const text = applyApiErrors(this.form, toApiError(error));
        this.message.set(text ? { text } : null);
        focusFirstInvalid(this.formRef());
      },
    });
  }
}
