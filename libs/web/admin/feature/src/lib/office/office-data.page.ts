import { Component, ElementRef, computed, inject, signal, viewChild } from '@angular/core';
import { ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { TranslocoPipe } from '@jsverse/transloco';
import type { OfficeDataDto } from '@lotse/shared/contracts';
import { OFFICE_DATA_LIMITS } from '@lotse/shared/contracts/values';
import { LanguageService, Notifier, toApiError } from '@lotse/web/core';
import {
  EmptyStateComponent,
  FieldErrorPipe,
  FormMessageComponent,
  LotseDatePipe,
  PageComponent,
  WEEKDAYS,
  applyApiErrors,
  focusFirstInvalid,
  nextWeeklyTime,
  overlappingRows,
  weekdayName,
  type FormMessage,
  type WeeklyTimeValue,
} from '@lotse/web/ui';
import { OfficeDataApi } from './office-data.api';
import { consultationHourGroup, createOfficeDataForm, fillOfficeDataForm, toOfficeDataBody } from './office-data-form';

/**
 * "Amtsdaten" (`/admin/office`): the office's contact with consultation hours and step-free access
 * note, its districts and its privacy notice. One owner of these fields: letters, mails, the public
 * office page and the registration read them from here. PUT with the version; 409 asks to reload;
 * every change is audited with old and new values.
 */
@Component({
  selector: 'lotse-office-data-page',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatCardModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatSelectModule,
    TranslocoPipe,
    PageComponent,
    EmptyStateComponent,
    FormMessageComponent,
    FieldErrorPipe,
    LotseDatePipe,
  ],
  templateUrl: './office-data.page.html',
  styles: `
    .settings-card {
      margin-bottom: 16px;
    }
    .settings-card h2 {
      margin: 0 0 4px;
      font: var(--mat-sys-title-large);
    }
    .time-row {
      display: flex;
      flex-wrap: wrap;
      gap: 8px;
      align-items: flex-start;
    }
    .time-row.overlap {
      outline: 2px solid var(--mat-sys-error);
      outline-offset: 2px;
    }
    .group-error {
      color: var(--mat-sys-error);
    }
  `,
})
export class OfficeDataPage {
  private readonly api = inject(OfficeDataApi);
  private readonly notifier = inject(Notifier);
  protected readonly language = inject(LanguageService);
  private readonly formRef = viewChild<ElementRef<HTMLFormElement>>('formEl');

  protected readonly weekdays = WEEKDAYS;
  protected readonly limits = OFFICE_DATA_LIMITS;
  protected readonly form = createOfficeDataForm();
  protected readonly hours = this.form.controls.office.controls.openingHours;
  protected readonly current = signal<OfficeDataDto | null>(null);
  protected readonly loading = signal(true);
  protected readonly loadFailed = signal(false);
  protected readonly saving = signal(false);
  protected readonly message = signal<FormMessage | null>(null);
  protected readonly conflict = signal(false);
  private readonly hoursValue = signal<WeeklyTimeValue[]>([]);
  protected readonly overlapRows = computed(() => overlappingRows(this.hoursValue()));

  constructor() {
    this.hours.valueChanges.subscribe(() => this.hoursValue.set(this.hours.getRawValue()));
    this.load();
  }

  protected weekday(d: number): string {
    return weekdayName(d, this.language.tag());
  }

  protected load(): void {
    this.loading.set(true);
    this.loadFailed.set(false);
    this.message.set(null);
    this.conflict.set(false);
    this.api.get().subscribe({
      next: (dto) => {
        this.show(dto);
        this.loading.set(false);
      },
      error: () => {
        this.loading.set(false);
        this.loadFailed.set(true);
      },
    });
  }

  protected addHour(): void {
    this.hours.push(consultationHourGroup(nextWeeklyTime(this.hours.getRawValue())));
    this.hours.markAsDirty();
    // The new row's weekday is where the keyboard continues.
    setTimeout(() =>
      this.formRef()
        ?.nativeElement.querySelector<HTMLElement>(`[data-testid="oh-row-${this.hours.length - 1}"] mat-select`)
        ?.focus(),
    );
  }

  protected removeHour(i: number): void {
    this.hours.removeAt(i);
    this.hours.markAsDirty();
    setTimeout(() => this.formRef()?.nativeElement.querySelector<HTMLElement>('[data-testid="oh-add"]')?.focus());
  }

  protected save(): void {
    const current = this.current();
    if (!current || this.saving()) return;
    this.message.set(null);
    this.conflict.set(false);
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      this.message.set({ key: 'register.checkFields' });
      focusFirstInvalid(this.formRef());
      return;
    }
    this.saving.set(true);
    this.api.update(toOfficeDataBody(this.form, current.version)).subscribe({
      next: (dto) => {
        this.saving.set(false);
        this.show(dto);
        this.notifier.success('admin.office.saved');
      },
      error: (error: unknown) => {
        this.saving.set(false);
        const e = toApiError(error);
        if (e.statusCode === 409) {
          this.conflict.set(true);
          this.message.set({ key: 'admin.office.conflict' });
          return;
        }
        const text = applyApiErrors(this.form, e, { shownInPlace: ['office.openingHours'] });
        this.message.set(text ? { text } : null);
        focusFirstInvalid(this.formRef());
      },
    });
  }

  private show(dto: OfficeDataDto): void {
    this.current.set(dto);
    fillOfficeDataForm(this.form, dto);
    this.hoursValue.set(this.hours.getRawValue());
  }
}
