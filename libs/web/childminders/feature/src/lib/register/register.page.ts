import { Component, ElementRef, inject, signal, viewChild } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatDialog } from '@angular/material/dialog';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { LanguageService, toApiError } from '@lotse/web/core';
import { RegistrationApi } from '@lotse/web/childminders/data-access';
import {
  EmptyStateComponent,
  FormMessageComponent,
  OfficeCardComponent,
  PageComponent,
  applyApiErrors,
  focusFirstInvalid,
  type FormMessage,
} from '@lotse/web/ui';
import { PROFILE_ERROR_OPTIONS, createProfileForm, toRegisterDto } from '../shared/profile-form';
import { ProfileFormComponent } from '../shared/profile-form.component';
import { registrationOfficeResource } from '../shared/registration-office';
import { PrivacyNoticeDialog } from './privacy-notice.dialog';

/**
 * Public registration of a prospective childminder: account and profile in one form. The office
 * (districts, contact, privacy notice) comes from the public office endpoint; until it is there the
 * page shows progress, after a failure a retry. After sending, the page asks her to confirm her
 * address with the mailed link (the same answer whether or not the address already had an account).
 */
@Component({
  selector: 'lotse-register-page',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatCardModule,
    MatIconModule,
    MatProgressBarModule,
    RouterLink,
    TranslocoPipe,
    PageComponent,
    EmptyStateComponent,
    FormMessageComponent,
    OfficeCardComponent,
    ProfileFormComponent,
  ],
  template: `
    <lotse-page
      [title]="'register.title' | transloco"
      [subtitle]="'register.subtitle' | transloco"
      [loading]="saving() || office.isLoading()"
    >
      <a lotsePageActions mat-button routerLink="/login" data-testid="register-login-link">
        <mat-icon aria-hidden="true" fontIcon="login" />
        {{ 'register.haveAccount' | transloco }}
      </a>
      @if (done()) {
        <mat-card appearance="outlined" class="form-card" data-testid="register-done">
          <mat-card-content>
            <h2 class="section-title">{{ 'register.doneTitle' | transloco }}</h2>
            <p role="status">{{ 'register.doneVerify' | transloco: { email: sentTo() } }}</p>
            <a mat-flat-button routerLink="/login">{{ 'register.toLogin' | transloco }}</a>
          </mat-card-content>
        </mat-card>
      } @else if (office.hasValue()) {
        <div class="register-layout">
          <mat-card appearance="outlined" class="form-card">
            <mat-card-content>
              <p class="form-intro">{{ 'register.intro' | transloco }}</p>
              <p class="form-intro">{{ 'common.requiredNote' | transloco }}</p>
              <lotse-form-message [message]="message()" testId="register-error">
                @if (emailTaken()) {
                  <a mat-stroked-button routerLink="/login">{{ 'register.toLogin' | transloco }}</a>
                }
              </lotse-form-message>
              <form #formEl [formGroup]="form" (ngSubmit)="submit()" novalidate>
                <lotse-profile-form
                  [form]="form"
                  mode="register"
                  [districts]="office.value().districts"
                  (privacyNoticeRequested)="openPrivacyNotice()"
                />
                <div class="form-actions">
                  <button mat-flat-button type="submit" [disabled]="saving()" data-testid="register-submit">
                    {{ (saving() ? 'register.submitting' : 'register.submit') | transloco }}
                  </button>
                </div>
                @if (saving()) {
                  <mat-progress-bar mode="indeterminate" [attr.aria-label]="'common.loading' | transloco" />
                }
              </form>
            </mat-card-content>
          </mat-card>
          <aside class="register-help" [attr.aria-label]="'register.questionsHeading' | transloco" data-testid="register-office">
            <p class="questions">{{ 'register.questions' | transloco }}</p>
            <lotse-office-card [office]="office.value().office" [locale]="language.tag()" />
          </aside>
        </div>
      } @else if (office.error()) {
        <lotse-empty-state
          icon="error"
          testId="register-office-error"
          [title]="'register.officeLoadFailed' | transloco"
          [text]="'register.officeLoadFailedText' | transloco"
        >
          <button mat-stroked-button type="button" (click)="office.reload()" data-testid="register-office-retry">
            {{ 'common.retry' | transloco }}
          </button>
        </lotse-empty-state>
      }
    </lotse-page>
  `,
  styles: `
    .register-layout {
      display: grid;
      grid-template-columns: minmax(0, 1fr) minmax(240px, 340px);
      gap: 24px;
      align-items: start;
    }
    @media (max-width: 960px) {
      .register-layout {
        grid-template-columns: minmax(0, 1fr);
      }
    }
    .questions {
      margin: 0 0 8px;
      font: var(--mat-sys-title-small);
    }
  `,
})
export class RegisterPage {
  private readonly api = inject(RegistrationApi);
  private readonly dialog = inject(MatDialog);
  private readonly formRef = viewChild<ElementRef<HTMLFormElement>>('formEl');
  protected readonly language = inject(LanguageService);
  protected readonly office = registrationOfficeResource();

  protected readonly form = createProfileForm('register');
  protected readonly saving = signal(false);
  protected readonly message = signal<FormMessage | null>(null);
  protected readonly emailTaken = signal(false);
  protected readonly done = signal(false);
  protected readonly sentTo = signal('');

  constructor() {
    // "Please check the marked fields" goes away once nothing is marked any more.
    this.form.statusChanges.pipe(takeUntilDestroyed()).subscribe((status) => {
      if (status === 'VALID' && this.message()?.key === 'register.checkFields') this.message.set(null);
    });
  }

  protected openPrivacyNotice(): void {
    const office = this.office.value();
    if (office) this.dialog.open(PrivacyNoticeDialog, { data: office.privacy, maxWidth: '720px' });
  }

  protected submit(): void {
    const office = this.office.value();
    if (this.saving() || !office) return;
    this.message.set(null);
    this.emailTaken.set(false);
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      this.message.set({ key: 'register.checkFields' });
      focusFirstInvalid(this.formRef());
      return;
    }
    this.saving.set(true);
    const dto = toRegisterDto(this.form, office.slug);
    this.api.register(dto).subscribe({
      next: () => {
        this.saving.set(false);
        this.sentTo.set(dto.email);
        this.done.set(true);
      },
      error: (error: unknown) => {
        this.saving.set(false);
        const apiError = toApiError(error);
        if (apiError.statusCode === 429) {
          this.message.set({ key: 'errors.tooManyRequests' });
          return;
        }
        if (apiError.statusCode === 409) this.emailTaken.set(true);
        const text = applyApiErrors(this.form, apiError, PROFILE_ERROR_OPTIONS);
        this.message.set(text ? { text } : { key: 'register.checkFields' });
        focusFirstInvalid(this.formRef());
      },
    });
  }
}
