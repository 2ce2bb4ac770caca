import { Component, ElementRef, effect, inject, signal, untracked, viewChild } from '@angular/core';
import { FormGroupDirective, NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { TranslocoPipe } from '@jsverse/transloco';
import type { Locale, UserDto } from '@lotse/shared/contracts';
import { LanguageService, Notifier, SUPPORTED_LOCALES, SessionStore, UsersApi, toApiError, type ProfileUpdate } from '@lotse/web/core';
import {
  EmptyStateComponent,
  FormMessageComponent,
  PageComponent,
  focusFirstInvalid,
  type FormMessage,
  FieldErrorPipe,
  LotseValidators,
  applyApiErrors,
} from '@lotse/web/ui';
import { NewPasswordFieldsComponent, newPasswordControls } from '../password-fields/new-password-fields';
import { PasswordResetApi } from '../password-reset/password-reset.api';
import { AccountEmailApi } from '../account-email/account-email.api';
import { ShowPasswordToggleComponent } from '../password-fields/show-password-toggle';

@Component({
  selector: 'lotse-profile-page',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatCardModule,
    MatFormFieldModule,
    ShowPasswordToggleComponent,
    MatInputModule,
    MatProgressBarModule,
    MatSelectModule,
    TranslocoPipe,
    FieldErrorPipe,
    PageComponent,
    EmptyStateComponent,
    FormMessageComponent,
    NewPasswordFieldsComponent,
  ],
  templateUrl: './profile.page.html',
  styles: `
    .password-card {
      margin-top: 24px;
    }
    .password-card .section-title {
      margin-bottom: 8px;
    }
    .password-form,
    .email-form {
      max-width: 440px;
    }
    .password-form > mat-form-field,
    .email-form > mat-form-field {
      width: 100%;
      margin-bottom: 8px;
    }
  `,
})
export class ProfilePage {
  private readonly fb = inject(NonNullableFormBuilder);
  private readonly users = inject(UsersApi);
  private readonly session = inject(SessionStore);
  private readonly language = inject(LanguageService);
  private readonly notifier = inject(Notifier);
  private readonly formRef = viewChild<ElementRef<HTMLFormElement>>('formEl');
  private readonly passwords = inject(PasswordResetApi);
  private readonly passwordFormRef = viewChild<ElementRef<HTMLFormElement>>('passwordFormEl');
  private readonly passwordFormDirective = viewChild('passwordFormEl', { read: FormGroupDirective });
  private readonly emails = inject(AccountEmailApi);
  private readonly emailFormRef = viewChild<ElementRef<HTMLFormElement>>('emailFormEl');
  private readonly emailFormDirective = viewChild('emailFormEl', { read: FormGroupDirective });

  protected readonly locales = SUPPORTED_LOCALES;
  protected readonly form = this.fb.group({
    firstName: ['', [Validators.required, Validators.maxLength(100)]],
    lastName: ['', [Validators.required, Validators.maxLength(100)]],
    phone: ['', [LotseValidators.phone]],
    locale: this.fb.control<Locale>('de', Validators.required),
  });
  protected readonly user = signal<UserDto | null>(null);
  protected readonly loading = signal(true);
  protected readonly loadFailed = signal(false);
  protected readonly saving = signal(false);
  protected readonly message = signal<FormMessage | null>(null);
  protected readonly conflict = signal(false);

  protected readonly newPassword = newPasswordControls(this.fb, 'newPassword');
  protected readonly passwordForm = this.fb.group({
    currentPassword: ['', [Validators.required, Validators.maxLength(200)]],
    newPassword: this.newPassword.password,
    repeat: this.newPassword.repeat,
  });
  protected readonly changingPassword = signal(false);
  protected readonly passwordMessage = signal<FormMessage | null>(null);
  protected readonly showCurrent = signal(false);

  protected readonly emailForm = this.fb.group({
    newEmail: ['', [Validators.required, Validators.email, Validators.maxLength(254)]],
    currentPassword: ['', [Validators.required, Validators.maxLength(200)]],
  });
  protected readonly changingEmail = signal(false);
  protected readonly emailMessage = signal<FormMessage | null>(null);
  protected readonly showEmailPassword = signal(false);
  /** The address a link went to; the login changes when it is opened. */
  protected readonly pendingEmail = signal<string | null>(null);

  constructor() {
    this.load();
    // The toolbar's language switch saves the locale too and so moves the version on.
    effect(() => {
      const saved = this.language.savedProfile();
      untracked(() => {
        const current = this.user();
        if (saved && current && saved.id === current.id && saved.version > current.version) {
          this.user.set({ ...current, locale: saved.locale, version: saved.version });
          this.form.controls.locale.setValue(saved.locale);
        }
      });
    });
  }

  protected load(): void {
    this.loading.set(true);
    this.loadFailed.set(false);
    this.users.me().subscribe({
      next: (user) => {
        this.show(user);
        this.loading.set(false);
      },
      error: () => {
        this.loading.set(false);
        this.loadFailed.set(true);
      },
    });
  }

  protected save(): void {
    const user = this.user();
    if (!user || this.saving()) {
      return;
    }
    this.message.set(null);
    this.conflict.set(false);
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      focusFirstInvalid(this.formRef());
      return;
    }
    const value = this.form.getRawValue();
    const phone = value.phone.trim();
    const body: ProfileUpdate = {
      firstName: value.firstName.trim(),
      lastName: value.lastName.trim(),
      locale: value.locale,
      version: user.version,
    };
    if (phone) {
      body.phone = phone;
    } else if (user.phone) {
      body.phone = null;
    }
    this.saving.set(true);
    this.users.updateMe(body).subscribe({
      next: async (updated) => {
        this.saving.set(false);
        this.show(updated);
        this.session.update({ displayName: `${updated.firstName} ${updated.lastName}`.trim(), locale: updated.locale });
        if (updated.locale !== this.language.lang()) {
          await this.language.apply(updated.locale).catch(() => undefined);
        }
        this.notifier.success('profile.saved');
      },
      error: (error: unknown) => {
        this.saving.set(false);
        const apiError = toApiError(error);
        if (apiError.statusCode === 409) {
          this.conflict.set(true);
          this.message.set({ key: 'profile.conflict' });
          return;
        }
        const text = applyApiErrors(this.form, apiError);
        this.message.set(text ? { text } : null);
        focusFirstInvalid(this.formRef());
      },
    });
  }

  /** Her other sessions end on the server; this one stays, so she stays on the page. */
  protected changePassword(): void {
    if (this.changingPassword()) return;
    this.passwordMessage.set(null);
    if (this.passwordForm.invalid) {
      this.passwordForm.markAllAsTouched();
      focusFirstInvalid(this.passwordFormRef());
      return;
    }
    const { currentPassword, newPassword } = this.passwordForm.getRawValue();
    this.changingPassword.set(true);
    this.passwords.change({ currentPassword, newPassword }).subscribe({
      next: () => {
        this.changingPassword.set(false);
        this.showCurrent.set(false);
        this.passwordFormDirective()?.resetForm();
        this.passwordForm.reset();
        this.notifier.success('profile.password.changed');
      },
      error: (error: unknown) => {
        this.changingPassword.set(false);
        const apiError = toApiError(error);
        if (apiError.statusCode === 400) {
          const text = applyApiErrors(this.passwordForm, apiError);
          this.passwordMessage.set(text ? { text } : null);
          focusFirstInvalid(this.passwordFormRef());
        } else if (apiError.statusCode === 429) this.passwordMessage.set({ key: 'profile.password.tooManyAttempts' });
        else this.passwordMessage.set({ key: apiError.statusCode === 0 ? 'errors.network' : 'errors.server' });
      },
    });
  }

  /** Mails a link to the new address; the login changes only when it is opened (the old address gets a notice). */
  protected changeEmail(): void {
    if (this.changingEmail()) return;
    this.emailMessage.set(null);
    if (this.emailForm.invalid) {
      this.emailForm.markAllAsTouched();
      focusFirstInvalid(this.emailFormRef());
      return;
    }
    const { newEmail, currentPassword } = this.emailForm.getRawValue();
    this.changingEmail.set(true);
    this.emails.requestChange({ newEmail: newEmail.trim(), currentPassword }).subscribe({
      next: () => {
        this.changingEmail.set(false);
        this.showEmailPassword.set(false);
        this.emailFormDirective()?.resetForm();
        this.emailForm.reset();
        this.pendingEmail.set(newEmail.trim());
        this.notifier.success('profile.emailChange.requested');
      },
      error: (error: unknown) => {
        this.changingEmail.set(false);
        const apiError = toApiError(error);
        if (apiError.statusCode === 400) {
          const text = applyApiErrors(this.emailForm, apiError);
          this.emailMessage.set(text ? { text } : null);
          focusFirstInvalid(this.emailFormRef());
        } else if (apiError.statusCode === 429) this.emailMessage.set({ key: 'profile.password.tooManyAttempts' });
        else this.emailMessage.set({ key: apiError.statusCode === 0 ? 'errors.network' : 'errors.server' });
      },
    });
  }

  protected reload(): void {
    this.message.set(null);
    this.conflict.set(false);
    this.load();
  }

  private show(user: UserDto): void {
    this.user.set(user);
    this.form.reset({
      firstName: user.firstName,
      lastName: user.lastName,
      phone: user.phone ?? '',
      locale: user.locale,
    });
  }
}
