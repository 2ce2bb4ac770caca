import { Component, OnInit, inject, input, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { SessionStore, toApiError } from '@lotse/web/core';
import { AccountEmailApi } from './account-email.api';

type State = 'checking' | 'done' | 'invalid' | 'taken';

/**
 * `/confirm-email?token=…` (the link sent to the new address): the new address becomes the login.
 * Works signed in or not; other sessions of the account end.
 */
@Component({
  selector: 'lotse-confirm-email-page',
  imports: [MatButtonModule, MatCardModule, MatProgressBarModule, RouterLink, TranslocoPipe],
  template: `
    <div class="login-wrapper">
      <mat-card appearance="outlined" class="login-card">
        <mat-card-content>
          <h1 class="login-title" data-testid="page-title">{{ 'auth.confirmEmail.title' | transloco }}</h1>
          @switch (state()) {
            @case ('checking') {
              <mat-progress-bar mode="indeterminate" [attr.aria-label]="'common.loading' | transloco" />
            }
            @case ('done') {
              <p class="login-intro" role="status" data-testid="confirm-email-done">{{ 'auth.confirmEmail.done' | transloco }}</p>
              <a
                mat-flat-button
                [routerLink]="signedIn() ? '/profile' : '/login'"
                class="full-width submit"
                data-testid="confirm-email-next"
              >
                {{ (signedIn() ? 'auth.confirmEmail.toProfile' : 'auth.verify.toLogin') | transloco }}
              </a>
            }
            @default {
              <div role="alert" data-testid="confirm-email-invalid">
                <p class="login-intro">{{ (state() === 'taken' ? 'auth.confirmEmail.taken' : 'auth.confirmEmail.invalid') | transloco }}</p>
              </div>
            }
          }
        </mat-card-content>
      </mat-card>
    </div>
  `,
  styleUrl: '../login/login.page.scss',
})
export class ConfirmEmailPage implements OnInit {
  private readonly api = inject(AccountEmailApi);
  private readonly session = inject(SessionStore);

  /** Bound from the query string by the router (`withComponentInputBinding`). */
  readonly token = input<string | undefined>();

  protected readonly state = signal<State>('checking');
  protected readonly signedIn = signal(false);

  ngOnInit(): void {
    const token = this.token();
    if (!token) {
      this.state.set('invalid');
      return;
    }
    this.api.confirmChange(token).subscribe({
      next: async () => {
        // The session (if it is hers) stays; pick up the new address.
        this.signedIn.set(!!(await this.session.restore()));
        this.state.set('done');
      },
      error: (error: unknown) => this.state.set(toApiError(error).statusCode === 409 ? 'taken' : 'invalid'),
    });
  }
}
