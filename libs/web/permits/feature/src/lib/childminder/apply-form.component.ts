import { Component, ElementRef, computed, inject, input, output, signal } from '@angular/core';
import { ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { TranslocoPipe } from '@jsverse/transloco';
import type { ApplicationKind } from '@lotse/shared/contracts';
import { Notifier, toApiError } from '@lotse/web/core';
import { PERMIT_LIMITS, PERMIT_MAX_CHILDREN, PermitsApi } from '@lotse/web/permits/data-access';
import { FormMessageComponent, applyApiErrors, focusFirstInvalid, type FormMessage } from '@lotse/web/ui';
import { PermitFieldErrorPipe } from '../shared/permit-field-error.pipe';
import { createApplyForm, toApplyDto } from './apply-form';

/** "Pflegeerlaubnis beantragen": kind, number of children wished for, a note for the office. */
@Component({
  selector: 'lotse-apply-form',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatSelectModule,
    TranslocoPipe,
    FormMessageComponent,
    PermitFieldErrorPipe,
  ],
  template: `
    @let form = this.form();
    <form [formGroup]="form" (ngSubmit)="submit()" novalidate class="form-card" data-testid="apply-form">
      <p class="form-intro">{{ 'permits.apply.intro' | transloco: { max: max } }}</p>
      <lotse-form-message [message]="message()" testId="apply-error" />
      <div class="form-grid">
        <mat-form-field>
          <mat-label>{{ 'permits.apply.kind' | transloco }}</mat-label>
          <mat-select formControlName="kind" required data-testid="apply-kind">
            @for (k of kinds(); track k) {
              <mat-option [value]="k" [attr.data-testid]="'apply-kind-' + k">{{ 'permits.kind.' + k | transloco }}</mat-option>
            }
          </mat-select>
          <mat-hint>{{ 'permits.apply.kindHint.' + hintKind() | transloco }}</mat-hint>
          <mat-error>{{ form.controls.kind | permitFieldError }}</mat-error>
        </mat-form-field>
        <mat-form-field>
          <mat-label>{{ 'permits.apply.children' | transloco }}</mat-label>
          <input
            matInput
            type="number"
            inputmode="numeric"
            min="1"
            [max]="max"
            step="1"
            formControlName="requestedMaxChildren"
            required
            data-testid="apply-children"
          />
          <mat-hint>{{ 'permits.apply.childrenHint' | transloco: { max: max } }}</mat-hint>
          <mat-error>{{ form.controls.requestedMaxChildren | permitFieldError }}</mat-error>
        </mat-form-field>
        <mat-form-field class="span-all">
          <mat-label>{{ 'permits.apply.note' | transloco }}</mat-label>
          <textarea matInput rows="3" formControlName="note" [maxlength]="limits.noteMaxLength" data-testid="apply-note"></textarea>
          <mat-hint>{{ 'permits.apply.noteHint' | transloco }}</mat-hint>
          <mat-error>{{ form.controls.note | permitFieldError }}</mat-error>
        </mat-form-field>
        <div class="form-actions">
          <button mat-flat-button type="submit" [disabled]="saving()" data-testid="apply-submit">
            <mat-icon aria-hidden="true" fontIcon="send" />
            {{ 'permits.apply.submit' | transloco }}
          </button>
        </div>
      </div>
    </form>
  `,
})
export class ApplyFormComponent {
  private readonly api = inject(PermitsApi);
  private readonly notifier = inject(Notifier);
  private readonly host = inject(ElementRef<HTMLElement>);

  /** Kinds the childminder may apply for now (see `applicableKinds`). */
  readonly kinds = input.required<ApplicationKind[]>();
  readonly applied = output<string>();

  protected readonly max = PERMIT_MAX_CHILDREN;
  protected readonly limits = PERMIT_LIMITS;
  protected readonly form = computed(() => createApplyForm(this.kinds()));
  protected readonly saving = signal(false);
  protected readonly message = signal<FormMessage | null>(null);
  protected readonly hintKind = computed(() => (this.kinds().includes('initial') ? 'initial' : 'later'));

  protected submit(): void {
    const form = this.form();
    this.message.set(null);
    if (form.invalid) {
      form.markAllAsTouched();
      this.message.set({ key: 'permits.common.checkFields' });
      focusFirstInvalid(this.host.nativeElement);
      return;
    }
    this.saving.set(true);
    this.api.apply(toApplyDto(form)).subscribe({
      next: ({ id }) => {
        this.saving.set(false);
        this.notifier.success('permits.apply.done');
        this.applied.emit(id);
      },
      error: (err: unknown) => {
        this.saving.set(false);
        const text = applyApiErrors(form, toApiError(err));
        this.message.set(text ? { text } : null);
        focusFirstInvalid(this.host.nativeElement);
      },
    });
  }
}
