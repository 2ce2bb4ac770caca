import { Component, ElementRef, inject, signal, viewChild } from '@angular/core';
import { ReactiveFormsModule } from '@angular/forms';
import { RouterLink } from '@angular/router';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { TranslocoPipe } from '@jsverse/transloco';
import type { PermitSettingsDto } from '@lotse/shared/contracts';
import { PermitSettingsApi } from '@lotse/web/permits/data-access';
import { LanguageService, Notifier, toApiError } from '@lotse/web/core';
import {
  EmptyStateComponent,
  FieldErrorPipe,
  FormMessageComponent,
  LotseDatePipe,
  PageComponent,
  PERMIT_SETTINGS_LIMITS_VALUE,
  applyApiErrors,
  focusFirstInvalid,
  type FormMessage,
} from '@lotse/web/ui';
import { createPermitSettingsForm, fillPermitSettingsForm, toPermitSettingsBody } from './permit-settings-form';

/**
 * "Einstellungen Pflegeerlaubnis": the tenant's permit rules and letter texts in one form; the
 * letterhead is shown as printed and edited on "Amtsdaten" (its one owner) (PUT with the version; 409 asks to reload). New values apply to the next decision; issued
 * permits keep their snapshot.
 */
@Component({
  selector: 'lotse-permit-settings-page',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    MatButtonModule,
    MatCardModule,
    MatCheckboxModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    TranslocoPipe,
    PageComponent,
    EmptyStateComponent,
    FormMessageComponent,
    FieldErrorPipe,
    LotseDatePipe,
  ],
  templateUrl: './permit-settings.page.html',
  styles: `
    .settings-card {
      margin-bottom: 16px;
    }
    .settings-card h2 {
      margin: 0 0 4px;
      font: var(--mat-sys-title-large);
    }
    .four-eyes {
      margin-bottom: 16px;
    }
    .letterhead {
      font-style: normal;
      margin: 8px 0 16px;
    }
  `,
})
export class PermitSettingsPage {
  private readonly api = inject(PermitSettingsApi);
  private readonly notifier = inject(Notifier);
  protected readonly language = inject(LanguageService);
  private readonly formRef = viewChild<ElementRef<HTMLFormElement>>('formEl');

  protected readonly limits = PERMIT_SETTINGS_LIMITS_VALUE;
  protected readonly months = Array.from(
    { length: PERMIT_SETTINGS_LIMITS_VALUE.reminderMonths.max },
    (_, i) => PERMIT_SETTINGS_LIMITS_VALUE.reminderMonths.max - i,
  );
  protected readonly form = createPermitSettingsForm();
  protected readonly current = signal<PermitSettingsDto | null>(null);
  protected readonly loading = signal(true);
  protected readonly loadFailed = signal(false);
  protected readonly saving = signal(false);
  protected readonly message = signal<FormMessage | null>(null);
  protected readonly conflict = signal(false);

  constructor() {
    this.load();
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
    this.api.update(toPermitSettingsBody(this.form, current.version)).subscribe({
      next: (dto) => {
        this.saving.set(false);
        this.show(dto);
        this.notifier.success('admin.permitSettings.saved');
      },
      error: (error: unknown) => {
        this.saving.set(false);
        const e = toApiError(error);
        if (e.statusCode === 409) {
          this.conflict.set(true);
          this.message.set({ key: 'admin.permitSettings.conflict' });
          return;
        }
        const text = applyApiErrors(this.form, e);
        this.message.set(text ? { text } : null);
        focusFirstInvalid(this.formRef());
      },
    });
  }

  private show(dto: PermitSettingsDto): void {
    this.current.set(dto);
    fillPermitSettingsForm(this.form, dto);
  }
}
