import { Component, ElementRef, inject, signal, viewChild } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { NewPasswordFieldsComponent } from '@lotse/web/auth/feature';
import { PrivacyNoticeDialog, registrationOfficeResource } from '@lotse/web/childminders/feature';
import { LanguageService, toApiError } from '@lotse/web/core';
import { ParentRegistrationApi } from '@lotse/web/placements/data-access';
import {
  EmptyStateComponent,
  FieldErrorPipe,
  FormMessageComponent,
  OfficeCardComponent,
  PageComponent,
  applyApiErrors,
  focusFirstInvalid,
  type FormMessage,
} from '@lotse/web/ui';
import { createParentRegistrationForm, toRegisterParentDto } from './parent-registration-form';

/**
 * "Als Eltern registrieren" (`/register/parent`, signed-out users): account of a parent with the
 * office from the public office endpoint (slug, contact, privacy notice), as the childminders'
 * registration. The answer is always the same ("check your mail"), also for a known address.
 * After confirming, the parent signs in, adds a child and submits a care request.
 */
@Component({
  selector: 'lotse-register-parent-page',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatCardModule,
    MatCheckboxModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatProgressBarModule,
    RouterLink,
    TranslocoPipe,
    PageComponent,
    EmptyStateComponent,
    FieldErrorPipe,
    FormMessageComponent,
    OfficeCardComponent,
    NewPasswordFieldsComponent,
  ],
  template: `
    <lotse-page
      [title]="'placements.register.title' | transloco"
      [subtitle]="'placements.register.subtitle' | transloco"
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
            <p role="status">{{ 'placements.register.doneVerify' | transloco: { email: sentTo() } }}</p>
            <a mat-flat-button routerLink="/login">{{ 'register.toLogin' | transloco }}</a>
          </mat-card-content>
        </mat-card>
      } @else if (office.hasValue()) {
        <div class="register-layout">
          <mat-card appearance="outlined" class="form-card">
            <mat-card-content>
              <p class="form-intro">{{ 'placements.register.intro' | transloco }}</p>
              <p class="form-intro">{{ 'common.requiredNote' | transloco }}</p>
              <lotse-form-message [message]="message()" testId="register-error" />
              <form #formEl [formGroup]="form" (ngSubmit)="submit()" novalidate data-testid="parent-register-form">
                <fieldset class="form-section">
                  <legend>{{ 'placements.register.sections.account' | transloco }}</legend>
                  <mat-form-field class="full">
                    <mat-label>{{ 'placements.register.email' | transloco }}</mat-label>
                    <input matInput type="email" formControlName="email" autocomplete="email" required data-testid="parent-reg-email" />
                    <mat-hint>{{ 'placements.register.emailHint' | transloco }}</mat-hint>
                    <mat-error>{{ form.controls.email | lotseFieldError }}</mat-error>
                  </mat-form-field>
                  <lotse-new-password-fields [controls]="passwordControls" testId="parent-reg" />
                </fieldset>
                <fieldset class="form-section">
                  <legend>{{ 'placements.register.sections.person' | transloco }}</legend>
                  <div class="form-grid">
                    <mat-form-field>
                      <mat-label>{{ 'placements.register.firstName' | transloco }}</mat-label>
                      <input matInput formControlName="firstName" autocomplete="given-name" required data-testid="parent-reg-first-name" />
                      <mat-error>{{ form.controls.firstName | lotseFieldError }}</mat-error>
                    </mat-form-field>
                    <mat-form-field>
                      <mat-label>{{ 'placements.register.lastName' | transloco }}</mat-label>
                      <input matInput formControlName="lastName" autocomplete="family-name" required data-testid="parent-reg-last-name" />
                      <mat-error>{{ form.controls.lastName | lotseFieldError }}</mat-error>
                    </mat-form-field>
                    <mat-form-field>
                      <mat-label>{{ 'placements.register.phone' | transloco }}</mat-label>
                      <input matInput type="tel" formControlName="phone" autocomplete="tel" data-testid="parent-reg-phone" />
                      <mat-error>{{ form.controls.phone | lotseFieldError }}</mat-error>
                    </mat-form-field>
                  </div>
                </fieldset>
                <fieldset class="form-section">
                  <legend>{{ 'placements.register.sections.privacy' | transloco }}</legend>
                  <p class="form-intro">{{ 'placements.register.privacyText' | transloco }}</p>
                  <mat-checkbox
                    formControlName="privacyNoticeAccepted"
                    data-testid="parent-reg-privacy"
                    aria-describedby="parent-reg-privacy-error"
                  >
                    {{ 'childminders.form.privacyAcceptBefore' | transloco
                    }}<button
                      type="button"
                      class="inline-link"
                      data-testid="privacy-notice-open"
                      aria-haspopup="dialog"
                      (click)="openPrivacyNotice($event)"
                    >
                      {{ 'childminders.form.privacyAcceptLink' | transloco }}</button
                    >{{ 'childminders.form.privacyAcceptAfter' | transloco }}
                  </mat-checkbox>
                  <div id="parent-reg-privacy-error" aria-live="polite">
                    @if (form.controls.privacyNoticeAccepted.touched && form.controls.privacyNoticeAccepted.errors) {
                      <p class="group-error">{{ form.controls.privacyNoticeAccepted | lotseFieldError }}</p>
                    }
                  </div>
                </fieldset>
                <div class="form-actions">
                  <button mat-flat-button type="submit" [disabled]="saving()" data-testid="parent-reg-submit">
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
    .form-section {
      border: 0;
      padding: 0;
      margin: 0 0 16px;
    }
    legend {
      font: var(--mat-sys-title-medium);
      margin-bottom: 8px;
      padding: 0;
    }
    .full {
      width: 100%;
      margin-bottom: 8px;
    }
    .group-error {
      margin: 4px 0 0;
      color: var(--mat-sys-error);
      font: var(--mat-sys-body-small);
    }
    .inline-link {
      display: inline;
      padding: 0;
      border: 0;
      background: none;
      font: inherit;
      color: var(--mat-sys-primary);
      text-decoration: underline;
      cursor: pointer;
    }
    .inline-link:focus-visible {
      outline: 2px solid var(--mat-sys-primary);
      outline-offset: 2px;
    }
  `,
})
export class RegisterParentPage {
  private readonly api = inject(ParentRegistrationApi);
  private readonly dialog = inject(MatDialog);
  private readonly formRef = viewChild<ElementRef<HTMLFormElement>>('formEl');
  protected readonly language = inject(LanguageService);
  protected readonly office = registrationOfficeResource();

  private readonly created = createParentRegistrationForm(inject(NonNullableFormBuilder));
  protected readonly form = this.created.form;
  protected readonly passwordControls = this.created.passwordControls;
  protected readonly saving = signal(false);
  protected readonly message = signal<FormMessage | null>(null);
  protected readonly done = signal(false);
  protected readonly sentTo = signal('');

  constructor() {
    this.form.statusChanges.pipe(takeUntilDestroyed()).subscribe((status) => {
      if (status === 'VALID' && this.message()?.key === 'register.checkFields') this.message.set(null);
    });
  }

  /** The link sits inside the checkbox's label: it opens the notice without ticking the box. */
  protected openPrivacyNotice(event: Event): void {
    event.preventDefault();
    event.stopPropagation();
    const office = this.office.value();
    if (office) this.dialog.open(PrivacyNoticeDialog, { data: office.privacy, maxWidth: '720px' });
  }

  protected submit(): void {
    const office = this.office.value();
    if (this.saving() || !office) return;
    this.message.set(null);
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      this.message.set({ key: 'register.checkFields' });
      focusFirstInvalid(this.formRef());
      return;
    }
    this.saving.set(true);
    const dto = toRegisterParentDto(this.form, office.slug);
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
        const text = applyApiErrors(this.form, apiError);
        this.message.set(text ? { text } : { key: 'register.checkFields' });
        focusFirstInvalid(this.formRef());
      },
    });
  }
}
