import { Component, ElementRef, inject, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { TranslocoPipe } from '@jsverse/transloco';
import type { PartnerCategory, PartnerServiceDetailsDto, PartnerServiceDto } from '@lotse/shared/contracts';
import { PARTNER_CATEGORIES } from '@lotse/shared/contracts/values';
import { toApiError } from '@lotse/web/core';
import { ReferralsApi } from '@lotse/web/referrals/data-access';
import { FieldErrorPipe, FormMessageComponent, LotseValidators, applyApiErrors, focusFirstInvalid, type FormMessage } from '@lotse/web/ui';

export function createPartnerForm(p: PartnerServiceDto | null) {
  return new FormGroup({
    name: new FormControl(p?.name ?? '', { nonNullable: true, validators: [Validators.required, Validators.maxLength(120)] }),
    category: new FormControl<PartnerCategory | null>(p?.category ?? null, Validators.required),
    offer: new FormControl(p?.offer ?? '', { nonNullable: true, validators: [Validators.required, Validators.maxLength(2000)] }),
    address: new FormControl(p?.address ?? '', { nonNullable: true, validators: Validators.maxLength(200) }),
    phone: new FormControl(p?.phone ?? '', { nonNullable: true, validators: LotseValidators.phone }),
    email: new FormControl(p?.email ?? '', { nonNullable: true, validators: [Validators.email, Validators.maxLength(200)] }),
    website: new FormControl(p?.website ?? '', {
      nonNullable: true,
      validators: [Validators.pattern(/^https?:\/\/\S+\.\S+$/), Validators.maxLength(300)],
    }),
    openingHours: new FormControl(p?.openingHours ?? '', { nonNullable: true, validators: Validators.maxLength(500) }),
    active: new FormControl(p?.active ?? true, { nonNullable: true }),
  });
}

export function partnerDetails(form: ReturnType<typeof createPartnerForm>): PartnerServiceDetailsDto {
  const v = form.getRawValue();
  const opt = (s: string) => s.trim() || null;
  return {
    name: v.name.trim(),
    category: v.category as PartnerCategory,
    offer: v.offer.trim(),
    address: opt(v.address),
    phone: opt(v.phone),
    email: opt(v.email),
    website: opt(v.website),
    openingHours: opt(v.openingHours),
  };
}

/** "Partner anlegen" / "Partner bearbeiten" (coordinator). Closes with `true` when saved. */
@Component({
  selector: 'lotse-partner-dialog',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatCheckboxModule,
    MatDialogModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    TranslocoPipe,
    FieldErrorPipe,
    FormMessageComponent,
  ],
  template: `
    <h2 mat-dialog-title>{{ (partner ? 'referrals.form.editTitle' : 'referrals.form.newTitle') | transloco }}</h2>
    <form [formGroup]="form" (ngSubmit)="submit()" novalidate data-testid="partner-form">
      <mat-dialog-content>
        <lotse-form-message [message]="message()" testId="partner-error" />
        <div class="form-grid">
          <mat-form-field>
            <mat-label>{{ 'referrals.form.name' | transloco }}</mat-label>
            <input matInput formControlName="name" required data-testid="partner-name" />
            <mat-error>{{ form.controls.name | lotseFieldError }}</mat-error>
          </mat-form-field>
          <mat-form-field>
            <mat-label>{{ 'referrals.form.category' | transloco }}</mat-label>
            <mat-select formControlName="category" required data-testid="partner-category">
              @for (c of categories; track c) {
                <mat-option [value]="c">{{ 'referrals.categories.' + c | transloco }}</mat-option>
              }
            </mat-select>
            <mat-error>{{ form.controls.category | lotseFieldError }}</mat-error>
          </mat-form-field>
        </div>
        <mat-form-field class="full">
          <mat-label>{{ 'referrals.form.offer' | transloco }}</mat-label>
          <textarea matInput rows="3" formControlName="offer" required data-testid="partner-offer"></textarea>
          <mat-hint>{{ 'referrals.form.offerHint' | transloco }}</mat-hint>
          <mat-error>{{ form.controls.offer | lotseFieldError }}</mat-error>
        </mat-form-field>
        <div class="form-grid">
          <mat-form-field>
            <mat-label>{{ 'referrals.contact.address' | transloco }}</mat-label>
            <input matInput formControlName="address" autocomplete="off" data-testid="partner-address" />
            <mat-error>{{ form.controls.address | lotseFieldError }}</mat-error>
          </mat-form-field>
          <mat-form-field>
            <mat-label>{{ 'referrals.contact.phone' | transloco }}</mat-label>
            <input matInput type="tel" formControlName="phone" autocomplete="off" data-testid="partner-phone" />
            <mat-error>{{ form.controls.phone | lotseFieldError }}</mat-error>
          </mat-form-field>
          <mat-form-field>
            <mat-label>{{ 'referrals.contact.email' | transloco }}</mat-label>
            <input matInput type="email" formControlName="email" autocomplete="off" data-testid="partner-email" />
            <mat-error>{{ form.controls.email | lotseFieldError }}</mat-error>
          </mat-form-field>
          <mat-form-field>
            <mat-label>{{ 'referrals.contact.website' | transloco }}</mat-label>
            <input matInput type="url" formControlName="website" autocomplete="off" placeholder="https://" data-testid="partner-website" />
            <mat-error>{{
              form.controls.website.hasError('pattern')
                ? ('referrals.form.websiteInvalid' | transloco)
                : (form.controls.website | lotseFieldError)
            }}</mat-error>
          </mat-form-field>
        </div>
        <mat-form-field class="full">
          <mat-label>{{ 'referrals.contact.openingHours' | transloco }}</mat-label>
          <input matInput formControlName="openingHours" autocomplete="off" data-testid="partner-hours" />
          <mat-error>{{ form.controls.openingHours | lotseFieldError }}</mat-error>
        </mat-form-field>
        @if (partner) {
          <mat-checkbox formControlName="active" data-testid="partner-active">{{ 'referrals.form.active' | transloco }}</mat-checkbox>
          <p class="hint">{{ 'referrals.form.activeHint' | transloco }}</p>
        }
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" mat-dialog-close data-testid="partner-cancel">{{ 'common.cancel' | transloco }}</button>
        <button mat-flat-button type="submit" [disabled]="saving()" data-testid="partner-submit">
          {{ 'referrals.form.save' | transloco }}
        </button>
      </mat-dialog-actions>
    </form>
  `,
  styles: `
    .full {
      width: 100%;
    }
    .hint {
      color: var(--mat-sys-on-surface-variant);
      margin: 0 0 8px;
    }
  `,
})
export class PartnerDialog {
  private readonly api = inject(ReferralsApi);
  private readonly ref = inject(MatDialogRef<PartnerDialog, boolean>);
  private readonly host = inject(ElementRef<HTMLElement>);
  protected readonly partner = inject<PartnerServiceDto | null>(MAT_DIALOG_DATA);
  protected readonly categories = PARTNER_CATEGORIES;
  protected readonly form = createPartnerForm(this.partner);
  protected readonly saving = signal(false);
  protected readonly message = signal<FormMessage | null>(null);

  protected submit(): void {
    this.message.set(null);
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      focusFirstInvalid(this.host);
      return;
    }
    this.saving.set(true);
    const body = partnerDetails(this.form);
    const call = this.partner
      ? this.api.updatePartner(this.partner.id, { ...body, active: this.form.controls.active.value, version: this.partner.version })
      : this.api.createPartner(body);
    call.subscribe({
      next: () => this.ref.close(true),
      error: (err: unknown) => {
        this.saving.set(false);
        const text = applyApiErrors(this.form, toApiError(err));
        this.message.set(text ? { text } : null);
      },
    });
  }
}
