import { Component, ElementRef, inject, signal, viewChild } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { ActivatedRoute } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import type { HouseService, PublicInquiryDto } from '@lotse/shared/contracts';
import { HOUSE_SERVICES, INQUIRY_MESSAGE_MAX } from '@lotse/shared/contracts/values';
import { toApiError } from '@lotse/web/core';
import { PublicInquiryApi } from '@lotse/web/inquiries/data-access';
import { FieldErrorPipe, FormMessageComponent, PageComponent, applyApiErrors, focusFirstInvalid, type FormMessage } from '@lotse/web/ui';

/**
 * "Kontakt" (`/kontakt`, public, with or without a session): the Familienbüro's contact form. The
 * texts come in the five information languages; the field `website` is a honeypot for bots
 * (hidden from people and from assistive technology, never focused with the keyboard).
 */
@Component({
  selector: 'lotse-contact-page',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatCardModule,
    MatCheckboxModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    TranslocoPipe,
    PageComponent,
    FieldErrorPipe,
    FormMessageComponent,
  ],
  template: `
    <lotse-page [title]="'inquiries.contact.title' | transloco" [subtitle]="'inquiries.contact.subtitle' | transloco" [loading]="saving()">
      @if (done(); as days) {
        <mat-card appearance="outlined" data-testid="contact-done">
          <mat-card-content>
            <h2>{{ 'inquiries.contact.doneTitle' | transloco }}</h2>
            <p role="status">{{ 'inquiries.contact.doneText' | transloco: { days } }}</p>
          </mat-card-content>
        </mat-card>
      } @else {
        <mat-card appearance="outlined" class="form-card">
          <mat-card-content>
            <p>{{ 'inquiries.contact.intro' | transloco }}</p>
            <lotse-form-message [message]="message()" testId="contact-error" />
            <form #formEl [formGroup]="form" (ngSubmit)="submit()" novalidate data-testid="contact-form">
              <mat-form-field class="full">
                <mat-label>{{ 'inquiries.contact.name' | transloco }}</mat-label>
                <input matInput formControlName="name" autocomplete="name" required data-testid="contact-name" />
                <mat-error>{{ form.controls.name | lotseFieldError }}</mat-error>
              </mat-form-field>
              <div class="grid">
                <mat-form-field>
                  <mat-label>{{ 'inquiries.contact.email' | transloco }}</mat-label>
                  <input matInput type="email" formControlName="email" autocomplete="email" data-testid="contact-email" />
                  <mat-hint>{{ 'inquiries.contact.contactHint' | transloco }}</mat-hint>
                  <mat-error>{{ form.controls.email | lotseFieldError }}</mat-error>
                </mat-form-field>
                <mat-form-field>
                  <mat-label>{{ 'inquiries.contact.phone' | transloco }}</mat-label>
                  <input matInput type="tel" formControlName="phone" autocomplete="tel" data-testid="contact-phone" />
                  <mat-error>{{ form.controls.phone | lotseFieldError }}</mat-error>
                </mat-form-field>
              </div>
              <mat-form-field class="full">
                <mat-label>{{ 'inquiries.contact.service' | transloco }}</mat-label>
                <mat-select formControlName="service" data-testid="contact-service">
                  @for (s of services; track s) {
                    <mat-option [value]="s">{{ 'inquiries.services.' + s | transloco }}</mat-option>
                  }
                </mat-select>
              </mat-form-field>
              <mat-form-field class="full">
                <mat-label>{{ 'inquiries.contact.message' | transloco }}</mat-label>
                <textarea
                  matInput
                  formControlName="message"
                  rows="6"
                  required
                  [attr.maxlength]="max"
                  data-testid="contact-message"
                ></textarea>
                <mat-hint align="end">{{ form.controls.message.value.length }} / {{ max }}</mat-hint>
                <mat-error>{{ form.controls.message | lotseFieldError }}</mat-error>
              </mat-form-field>
              <div class="hp" aria-hidden="true">
                <label for="contact-website">Website</label>
                <input
                  id="contact-website"
                  type="text"
                  formControlName="website"
                  tabindex="-1"
                  autocomplete="off"
                  data-testid="contact-website"
                />
              </div>
              <p class="privacy">{{ 'inquiries.contact.privacyText' | transloco }}</p>
              <mat-checkbox formControlName="privacyNoticeAccepted" data-testid="contact-privacy" aria-describedby="contact-privacy-error">
                {{ 'inquiries.contact.privacyAccept' | transloco }}
              </mat-checkbox>
              <div id="contact-privacy-error" aria-live="polite">
                @if (form.controls.privacyNoticeAccepted.touched && form.controls.privacyNoticeAccepted.errors) {
                  <p class="group-error">{{ 'inquiries.contact.privacyRequired' | transloco }}</p>
                }
              </div>
              <div class="actions">
                <button mat-flat-button type="submit" [disabled]="saving()" data-testid="contact-submit">
                  {{ 'inquiries.contact.submit' | transloco }}
                </button>
              </div>
            </form>
          </mat-card-content>
        </mat-card>
      }
    </lotse-page>
  `,
  styles: `
    .form-card {
      max-width: 760px;
    }
    .full {
      width: 100%;
    }
    .grid {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(240px, 1fr));
      gap: 0 16px;
    }
    .hp {
      position: absolute;
      inset-inline-start: -10000px;
      width: 1px;
      height: 1px;
      overflow: hidden;
    }
    .privacy {
      font: var(--mat-sys-body-small);
      margin-block: 8px;
    }
    .group-error {
      color: var(--mat-sys-error);
      font: var(--mat-sys-body-small);
    }
    .actions {
      margin-block-start: 16px;
    }
  `,
})
export class ContactPage {
  private readonly api = inject(PublicInquiryApi);
  private readonly route = inject(ActivatedRoute);
  private readonly formRef = viewChild<ElementRef<HTMLFormElement>>('formEl');
  protected readonly services = HOUSE_SERVICES;
  protected readonly max = INQUIRY_MESSAGE_MAX;
  protected readonly saving = signal(false);
  protected readonly done = signal<number | null>(null);
  protected readonly message = signal<FormMessage | null>(null);
  protected readonly form = inject(NonNullableFormBuilder).group({
    name: ['', [Validators.required, Validators.maxLength(120)]],
    email: ['', [Validators.email, Validators.maxLength(254)]],
    phone: [''],
    service: ['allgemein' as HouseService],
    message: ['', [Validators.required, Validators.maxLength(INQUIRY_MESSAGE_MAX)]],
    website: [''],
    privacyNoticeAccepted: [false, Validators.requiredTrue],
  });

  protected submit(): void {
    if (this.saving()) return;
    this.message.set(null);
    const v = this.form.getRawValue();
    if (this.form.invalid || (!v.email.trim() && !v.phone.trim())) {
      this.form.markAllAsTouched();
      this.message.set({ key: !v.email.trim() && !v.phone.trim() ? 'inquiries.contact.contactRequired' : 'inquiries.contact.checkFields' });
      focusFirstInvalid(this.formRef());
      return;
    }
    const dto: PublicInquiryDto = {
      name: v.name.trim(),
      email: v.email.trim() || undefined,
      phone: v.phone.trim() || undefined,
      service: v.service,
      message: v.message.trim(),
      privacyNoticeAccepted: v.privacyNoticeAccepted,
      website: v.website || undefined,
    };
    this.saving.set(true);
    this.api.send(dto, this.route.snapshot.queryParamMap.get('office')).subscribe({
      next: (res) => {
        this.saving.set(false);
        this.done.set(res.responseWorkingDays);
      },
      error: (error: unknown) => {
        this.saving.set(false);
        const apiError = toApiError(error);
        if (apiError.statusCode === 429) {
          this.message.set({ key: 'inquiries.contact.tooMany' });
          return;
        }
        const text = applyApiErrors(this.form, apiError);
        this.message.set(text ? { text } : { key: 'inquiries.contact.checkFields' });
        focusFirstInvalid(this.formRef());
      },
    });
  }
}
