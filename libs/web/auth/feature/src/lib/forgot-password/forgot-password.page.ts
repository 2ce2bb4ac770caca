import { Component, ElementRef, inject, input, OnInit, signal, viewChild } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { toApiError } from '@lotse/web/core';
import { FieldErrorPipe, FormMessageComponent, applyApiErrors, focusFirstInvalid, type FormMessage } from '@lotse/web/ui';
import { PasswordResetApi } from '../password-reset/password-reset.api';

/** `/forgot-password`: asks for a reset link; the answer never says whether the account exists. */
@Component({
  selector: 'lotse-forgot-password-page',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatCardModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatProgressBarModule,
    RouterLink,
    TranslocoPipe,
    FieldErrorPipe,
    FormMessageComponent,
  ],
  templateUrl: './forgot-password.page.html',
  styleUrl: '../login/login.page.scss',
})
export class ForgotPasswordPage implements OnInit {
  private readonly fb = inject(NonNullableFormBuilder);
  private readonly api = inject(PasswordResetApi);
  private readonly formRef = viewChild<ElementRef<HTMLFormElement>>('formEl');
  private readonly sentRef = viewChild<ElementRef<HTMLElement>>('sentEl');

  /** Prefilled from the login page (`?email=`). */
  readonly email = input<string | undefined>();

  protected readonly form = this.fb.group({
    email: ['', [Validators.required, Validators.email, Validators.maxLength(254)]],
  });
  protected readonly submitting = signal(false);
  protected readonly sent = signal(false);
  protected readonly message = signal<FormMessage | null>(null);

  ngOnInit(): void {
    const email = this.email();
    if (email) this.form.controls.email.setValue(email);
  }

  protected submit(): void {
    if (this.submitting()) return;
    this.message.set(null);
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      focusFirstInvalid(this.formRef());
      return;
    }
    this.submitting.set(true);
    this.api.request({ email: this.form.getRawValue().email.trim() }).subscribe({
      next: () => {
        this.submitting.set(false);
        this.sent.set(true);
        // Move focus to the confirmation so screen readers read it and keyboard users continue there.
        setTimeout(() => this.sentRef()?.nativeElement.focus());
      },
      error: (error: unknown) => {
        this.submitting.set(false);
        const apiError = toApiError(error);
        if (apiError.statusCode === 429) this.message.set({ key: 'auth.forgot.tooManyRequests' });
        else if (apiError.statusCode === 400) {
          const text = applyApiErrors(this.form, apiError);
          this.message.set(text ? { text } : null);
          focusFirstInvalid(this.formRef());
        } else this.message.set({ key: apiError.statusCode === 0 ? 'errors.network' : 'errors.server' });
      },
    });
  }
}
