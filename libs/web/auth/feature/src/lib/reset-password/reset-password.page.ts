import { Component, ElementRef, computed, inject, input, signal, viewChild } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { Router, RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { Notifier, toApiError } from '@lotse/web/core';
import { FormMessageComponent, applyApiErrors, focusFirstInvalid, type FormMessage } from '@lotse/web/ui';
import { NewPasswordFieldsComponent, newPasswordControls } from '../password-fields/new-password-fields';
import { PasswordResetApi } from '../password-reset/password-reset.api';

/** `/reset-password?token=…` (the link from the mail): sets a new password, then back to the login. */
@Component({
  selector: 'lotse-reset-password-page',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatCardModule,
    MatProgressBarModule,
    RouterLink,
    TranslocoPipe,
    FormMessageComponent,
    NewPasswordFieldsComponent,
  ],
  templateUrl: './reset-password.page.html',
  styleUrl: '../login/login.page.scss',
})
export class ResetPasswordPage {
  private readonly fb = inject(NonNullableFormBuilder);
  private readonly api = inject(PasswordResetApi);
  private readonly notifier = inject(Notifier);
  private readonly router = inject(Router);
  private readonly formRef = viewChild<ElementRef<HTMLFormElement>>('formEl');
  private readonly invalidRef = viewChild<ElementRef<HTMLElement>>('invalidEl');

  /** Bound from the query string by the router (`withComponentInputBinding`). */
  readonly token = input<string | undefined>();

  protected readonly passwordControls = newPasswordControls(this.fb);
  protected readonly form = this.fb.group(this.passwordControls);
  protected readonly submitting = signal(false);
  protected readonly message = signal<FormMessage | null>(null);
  /** Set when the server refused the token (used, expired, replaced by a newer link). */
  private readonly refused = signal(false);
  protected readonly linkInvalid = computed(() => this.refused() || !this.token());

  protected submit(): void {
    const token = this.token();
    if (this.submitting() || !token) return;
    this.message.set(null);
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      focusFirstInvalid(this.formRef());
      return;
    }
    this.submitting.set(true);
    this.api.confirm({ token, password: this.form.getRawValue().password }).subscribe({
      next: async () => {
        this.notifier.success('auth.reset.success');
        await this.router.navigateByUrl('/login');
      },
      error: (error: unknown) => {
        this.submitting.set(false);
        const apiError = toApiError(error);
        if (apiError.statusCode === 400 && apiError.errors?.some((e) => e.field === 'token')) {
          this.refused.set(true);
          setTimeout(() => this.invalidRef()?.nativeElement.focus());
        } else if (apiError.statusCode === 400) {
          const text = applyApiErrors(this.form, apiError);
          this.message.set(text ? { text } : null);
          focusFirstInvalid(this.formRef());
        } else if (apiError.statusCode === 429) this.message.set({ key: 'auth.forgot.tooManyRequests' });
        else this.message.set({ key: apiError.statusCode === 0 ? 'errors.network' : 'errors.server' });
      },
    });
  }
}
