import { Component, ElementRef, inject, signal, viewChild } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import type { CreateInquiryDto, HouseService, StaffInquiryChannel } from '@lotse/shared/contracts';
import { HOUSE_SERVICES, INQUIRY_MESSAGE_MAX, STAFF_INQUIRY_CHANNELS } from '@lotse/shared/contracts/values';
import { toApiError } from '@lotse/web/core';
import { InquiriesApi, RotaApi } from '@lotse/web/inquiries/data-access';
import { FieldErrorPipe, FormMessageComponent, PageComponent, applyApiErrors, focusFirstInvalid, type FormMessage } from '@lotse/web/ui';

/** "Anfrage erfassen": staff enter a phone call, an answering-machine message, an e-mail or a visit. */
@Component({
  selector: 'lotse-new-inquiry-page',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatCardModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    RouterLink,
    TranslocoPipe,
    PageComponent,
    FieldErrorPipe,
    FormMessageComponent,
  ],
  template: `
    <lotse-page [title]="'inquiries.enter.title' | transloco" [subtitle]="'inquiries.enter.subtitle' | transloco" [loading]="saving()">
      <mat-card appearance="outlined" class="form-card">
        <mat-card-content>
          <lotse-form-message [message]="message()" testId="inquiry-form-error" />
          <form #formEl [formGroup]="form" (ngSubmit)="submit()" novalidate data-testid="inquiry-form">
            <div class="grid">
              <mat-form-field>
                <mat-label>{{ 'inquiries.enter.channel' | transloco }}</mat-label>
                <mat-select formControlName="channel" required data-testid="inquiry-channel">
                  @for (c of channels; track c) {
                    <mat-option [value]="c">{{ 'inquiries.channels.' + c | transloco }}</mat-option>
                  }
                </mat-select>
              </mat-form-field>
              <mat-form-field>
                <mat-label>{{ 'inquiries.enter.service' | transloco }}</mat-label>
                <mat-select formControlName="service" required data-testid="inquiry-service">
                  @for (s of services; track s) {
                    <mat-option [value]="s">{{ 'inquiries.services.' + s | transloco }}</mat-option>
                  }
                </mat-select>
              </mat-form-field>
              <mat-form-field>
                <mat-label>{{ 'inquiries.enter.name' | transloco }}</mat-label>
                <input matInput formControlName="name" required data-testid="inquiry-name" />
                <mat-error>{{ form.controls.name | lotseFieldError }}</mat-error>
              </mat-form-field>
              <mat-form-field>
                <mat-label>{{ 'inquiries.enter.phone' | transloco }}</mat-label>
                <input matInput type="tel" formControlName="phone" data-testid="inquiry-phone" />
                <mat-error>{{ form.controls.phone | lotseFieldError }}</mat-error>
              </mat-form-field>
              <mat-form-field>
                <mat-label>{{ 'inquiries.enter.email' | transloco }}</mat-label>
                <input matInput type="email" formControlName="email" data-testid="inquiry-email" />
                <mat-hint>{{ 'inquiries.contact.contactHint' | transloco }}</mat-hint>
                <mat-error>{{ form.controls.email | lotseFieldError }}</mat-error>
              </mat-form-field>
              <mat-form-field>
                <mat-label>{{ 'inquiries.enter.receivedAt' | transloco }}</mat-label>
                <input matInput type="datetime-local" formControlName="receivedAt" data-testid="inquiry-received-at" />
                <mat-hint>{{ 'inquiries.enter.receivedAtHint' | transloco }}</mat-hint>
                <mat-error>{{ form.controls.receivedAt | lotseFieldError }}</mat-error>
              </mat-form-field>
              <mat-form-field>
                <mat-label>{{ 'inquiries.enter.assignee' | transloco }}</mat-label>
                <mat-select formControlName="assigneeId" data-testid="inquiry-assignee">
                  <mat-option value="">{{ 'inquiries.queue.nobody' | transloco }}</mat-option>
                  @for (p of staff.value() ?? []; track p.userId) {
                    <mat-option [value]="p.userId">{{ p.name }}</mat-option>
                  }
                </mat-select>
              </mat-form-field>
            </div>
            <mat-form-field class="full">
              <mat-label>{{ 'inquiries.enter.message' | transloco }}</mat-label>
              <textarea
                matInput
                formControlName="message"
                rows="5"
                required
                [attr.maxlength]="max"
                data-testid="inquiry-message"
              ></textarea>
              <mat-hint align="end">{{ form.controls.message.value.length }} / {{ max }}</mat-hint>
              <mat-error>{{ form.controls.message | lotseFieldError }}</mat-error>
            </mat-form-field>
            <div class="actions">
              <button mat-flat-button type="submit" [disabled]="saving()" data-testid="inquiry-save">
                {{ 'inquiries.enter.save' | transloco }}
              </button>
              <a mat-button routerLink="..">{{ 'inquiries.enter.cancel' | transloco }}</a>
            </div>
          </form>
        </mat-card-content>
      </mat-card>
    </lotse-page>
  `,
  styles: `
    .form-card {
      max-width: 900px;
    }
    .grid {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(260px, 1fr));
      gap: 0 16px;
    }
    .full {
      width: 100%;
    }
    .actions {
      display: flex;
      gap: 8px;
      margin-block-start: 8px;
    }
  `,
})
export class NewInquiryPage {
  private readonly api = inject(InquiriesApi);
  private readonly rota = inject(RotaApi);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  private readonly formRef = viewChild<ElementRef<HTMLFormElement>>('formEl');
  protected readonly channels = STAFF_INQUIRY_CHANNELS;
  protected readonly services = HOUSE_SERVICES;
  protected readonly max = INQUIRY_MESSAGE_MAX;
  protected readonly staff = rxResource({ stream: () => this.rota.staff() });
  protected readonly saving = signal(false);
  protected readonly message = signal<FormMessage | null>(null);
  protected readonly form = inject(NonNullableFormBuilder).group({
    channel: ['phone' as StaffInquiryChannel, Validators.required],
    service: ['allgemein' as HouseService, Validators.required],
    name: ['', [Validators.required, Validators.maxLength(120)]],
    phone: [''],
    email: ['', [Validators.email]],
    receivedAt: [''],
    assigneeId: [''],
    message: ['', [Validators.required, Validators.maxLength(INQUIRY_MESSAGE_MAX)]],
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
    const dto: CreateInquiryDto = {
      channel: v.channel,
      service: v.service,
      name: v.name.trim(),
      phone: v.phone.trim() || undefined,
      email: v.email.trim() || undefined,
      message: v.message.trim(),
      receivedAt: v.receivedAt ? new Date(v.receivedAt).toISOString() : undefined,
      assigneeId: v.assigneeId || undefined,
    };
    this.saving.set(true);
    this.api.create(dto).subscribe({
      next: (created) => void this.router.navigate(['..', created.id], { relativeTo: this.route }),
      error: (error: unknown) => {
        this.saving.set(false);
        const text = applyApiErrors(this.form, toApiError(error));
        this.message.set(text ? { text } : { key: 'inquiries.contact.checkFields' });
        focusFirstInvalid(this.formRef());
      },
    });
  }
}
