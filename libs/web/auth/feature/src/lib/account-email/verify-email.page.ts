import { Component, OnInit, inject, input, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { FieldErrorPipe } from '@lotse/web/ui';
import { AccountEmailApi } from './account-email.api';

type State = 'checking' | 'done' | 'invalid' | 'resent';

/** `/verify-email?token=…` (the link in the welcome mail): confirms the address, then on to the login. */
@Component({
  selector: 'lotse-verify-email-page',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatCardModule,
    MatFormFieldModule,
    MatInputModule,
    MatProgressBarModule,
    RouterLink,
    TranslocoPipe,
    FieldErrorPipe,
  ],
  template: `
    <div class="login-wrapper">
      <mat-card appearance="outlined" class="login-card">
        <mat-card-content>
          <h1 class="login-title" data-testid="page-title">{{ 'auth.verify.title' | transloco }}</h1>
          @switch (state()) {
            @case ('checking') {
              <mat-progress-bar mode="indeterminate" [attr.aria-label]="'common.loading' | transloco" />
            }
            @case ('done') {
              <p class="login-intro" role="status" data-testid="verify-done">{{ 'auth.verify.done' | transloco }}</p>
              <a mat-flat-button routerLink="/login" class="full-width submit" data-testid="verify-to-login">{{
                'auth.verify.toLogin' | transloco
              }}</a>
            }
            @case ('resent') {
              <p class="login-intro" role="status" data-testid="verify-resent">{{ 'auth.verify.resentText' | transloco }}</p>
            }
            @default {
              <div role="alert" data-testid="verify-invalid">
                <h2 class="login-subtitle">{{ 'auth.verify.invalidTitle' | transloco }}</h2>
                <p class="login-intro">{{ 'auth.verify.invalid' | transloco }}</p>
              </div>
              <form [formGroup]="form" (ngSubmit)="resend()" novalidate>
                <mat-form-field class="full-width">
                  <mat-label>{{ 'auth.login.email' | transloco }}</mat-label>
                  <input matInput type="email" formControlName="email" autocomplete="username" required data-testid="verify-email" />
                  <mat-error>{{ form.controls.email | lotseFieldError }}</mat-error>
                </mat-form-field>
                <button mat-flat-button type="submit" class="full-width submit" [disabled]="sending()" data-testid="verify-resend">
                  {{ 'auth.verify.resend' | transloco }}
                </button>
              </form>
            }
          }
        </mat-card-content>
      </mat-card>
    </div>
  `,
  styleUrl: '../login/login.page.scss',
})
export class VerifyEmailPage implements OnInit {
  private readonly api = inject(AccountEmailApi);
  private readonly fb = inject(NonNullableFormBuilder);

  /** Bound from the query string by the router (`withComponentInputBinding`). */
  readonly token = input<string | undefined>();

  protected readonly state = signal<State>('checking');
  protected readonly sending = signal(false);
  protected readonly form = this.fb.group({ email: ['', [Validators.required, Validators.email, Validators.maxLength(254)]] });

  ngOnInit(): void {
    const token = this.token();
    if (!token) {
      this.state.set('invalid');
      return;
    }
    this.api.verify(token).subscribe({
      next: () => this.state.set('done'),
      error: () => this.state.set('invalid'),
    });
  }

  protected resend(): void {
    if (this.sending()) return;
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    this.sending.set(true);
    this.api.resendVerification(this.form.getRawValue().email.trim()).subscribe({
      next: () => this.state.set('resent'),
      error: () => this.sending.set(false),
    });
  }
}
