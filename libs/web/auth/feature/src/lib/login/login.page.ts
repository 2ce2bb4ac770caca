import { HttpErrorResponse } from '@angular/common/http';
import { Component, ElementRef, inject, input, signal, viewChild } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { Router, RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { LanguageService, Notifier, SessionStore, afterLoginTarget, isLocale, toApiError } from '@lotse/web/core';
import { FormMessageComponent, focusFirstInvalid, type FormMessage, FieldErrorPipe, applyApiErrors } from '@lotse/web/ui';
import { AccountEmailApi } from '../account-email/account-email.api';
import { ShowPasswordToggleComponent } from '../password-fields/show-password-toggle';

@Component({
  selector: 'lotse-login-page',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatCardModule,
    MatFormFieldModule,
    MatIconModule,
    ShowPasswordToggleComponent,
    MatInputModule,
    MatProgressBarModule,
    RouterLink,
    TranslocoPipe,
    FieldErrorPipe,
    FormMessageComponent,
  ],
  templateUrl: './login.page.html',
  styleUrl: './login.page.scss',
})
export class LoginPage {
  private readonly fb = inject(NonNullableFormBuilder);
  private readonly session = inject(SessionStore);
  private readonly language = inject(LanguageService);
  private readonly router = inject(Router);
  private readonly emails = inject(AccountEmailApi);
  private readonly notifier = inject(Notifier);
  private readonly formRef = viewChild.required<ElementRef<HTMLFormElement>>('formEl');

  /** Bound from the query string by the router (`withComponentInputBinding`). */
  readonly returnUrl = input<string | undefined>();

  protected readonly form = this.fb.group({
    email: ['', [Validators.required, Validators.email, Validators.maxLength(254)]],
    password: ['', [Validators.required, Validators.maxLength(200)]],
  });
  protected readonly submitting = signal(false);
  protected readonly message = signal<FormMessage | null>(null);
  protected readonly showPassword = signal(false);
  /** The right password, but the address is not confirmed yet: offer a new link. */
  protected readonly unverified = signal(false);
  protected readonly resending = signal(false);

  protected resendVerification(): void {
    const email = this.form.controls.email.value.trim();
    if (this.resending() || !email) return;
    this.resending.set(true);
    this.emails.resendVerification(email).subscribe({
      next: () => {
        this.resending.set(false);
        this.notifier.success('auth.verify.resent');
      },
      error: () => {
        this.resending.set(false);
        this.message.set({ key: 'auth.forgot.tooManyRequests' });
      },
    });
  }

  protected submit(): void {
    if (this.submitting()) {
      return;
    }
    this.message.set(null);
    this.unverified.set(false);
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      focusFirstInvalid(this.formRef().nativeElement);
      return;
    }
    this.submitting.set(true);
    const { email, password } = this.form.getRawValue();
    this.session.login({ email: email.trim(), password }).subscribe({
      next: async (user) => {
        if (isLocale(user.locale) && user.locale !== this.language.lang()) {
          await this.language.apply(user.locale).catch(() => undefined);
        }
        await this.router.navigateByUrl(afterLoginTarget(user, this.returnUrl()));
      },
      error: (error: unknown) => {
        this.submitting.set(false);
        this.message.set(this.describe(error));
        if (!this.message()) {
          focusFirstInvalid(this.formRef().nativeElement);
        }
      },
    });
  }

  private describe(error: unknown): FormMessage | null {
    const apiError = toApiError(error);
    switch (apiError.statusCode) {
      case 401:
        this.form.controls.password.reset();
        return { key: 'auth.login.errors.invalidCredentials' };
      case 403:
        if (apiError.errors?.some((e) => e.code === 'emailNotVerified')) {
          this.unverified.set(true);
          return { key: 'auth.login.errors.emailNotVerified' };
        }
        return { key: 'errors.server' };
      case 429: {
        const retryAfter = error instanceof HttpErrorResponse ? Number(error.headers.get('Retry-After')) : NaN;
        return Number.isFinite(retryAfter) && retryAfter > 0
          ? { key: 'auth.login.errors.tooManyAttemptsRetry', params: { minutes: Math.max(1, Math.ceil(retryAfter / 60)) } }
          : { key: 'auth.login.errors.tooManyAttempts' };
      }
      case 400:
      case 422: {
        const text = applyApiErrors(this.form, apiError);
        return text ? { text } : null;
      }
      case 0:
        return { key: 'errors.network' };
      default:
        return { key: 'errors.server' };
    }
  }
}
