import { Component, inject, input, output, signal, viewChild } from '@angular/core';
import { FormControl, FormGroup, FormGroupDirective, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { TranslocoPipe } from '@jsverse/transloco';
import type { ChildminderProfileDto, ChildminderStatus } from '@lotse/shared/contracts';
import { ChildmindersApi } from '@lotse/web/childminders/data-access';
import { Notifier, toApiError } from '@lotse/web/core';
import { FieldErrorPipe, FormMessageComponent, type FormMessage } from '@lotse/web/ui';

/**
 * The advisor moves a file along the path: only the statuses the server allows next are offered
 * (`PermitPathDto.nextStatuses`); a refusal (422) shows the server's reason, a stale version (409)
 * asks to reload.
 */
@Component({
  selector: 'lotse-transition-control',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    TranslocoPipe,
    FieldErrorPipe,
    FormMessageComponent,
  ],
  template: `
    <lotse-form-message [message]="message()" testId="transition-error">
      @if (conflict()) {
        <button mat-stroked-button type="button" (click)="changed.emit(null)" data-testid="transition-reload">
          {{ 'profile.reload' | transloco }}
        </button>
      }
    </lotse-form-message>
    @if (nextStatuses().length === 0) {
      <p class="secondary" data-testid="transition-none">{{ 'childminders.transition.none' | transloco }}</p>
    } @else {
      <form class="transition" [formGroup]="form" (ngSubmit)="submit()" novalidate>
        <mat-form-field class="status-field">
          <mat-label>{{ 'childminders.transition.to' | transloco }}</mat-label>
          <mat-select formControlName="to" required data-testid="transition-select">
            @for (s of nextStatuses(); track s) {
              <mat-option [value]="s" [attr.data-testid]="'transition-option-' + s">{{
                'childminders.status.' + s | transloco
              }}</mat-option>
            }
          </mat-select>
          <mat-error>{{ to | lotseFieldError }}</mat-error>
        </mat-form-field>
        <mat-form-field class="note">
          <mat-label>{{ 'childminders.transition.note' | transloco }}</mat-label>
          <input matInput formControlName="note" data-testid="transition-note" />
          <mat-hint>{{ 'childminders.transition.noteHint' | transloco }}</mat-hint>
          <mat-error>{{ note | lotseFieldError }}</mat-error>
        </mat-form-field>
        <button mat-flat-button type="submit" [disabled]="saving()" data-testid="transition-submit">
          {{ 'childminders.transition.submit' | transloco }}
        </button>
      </form>
    }
  `,
  styles: `
    .transition {
      display: flex;
      flex-wrap: wrap;
      align-items: flex-start;
      gap: 8px 16px;
    }
    .status-field {
      flex: 0 0 240px;
    }
    .note {
      flex: 1 1 280px;
    }
    button[type='submit'] {
      margin-top: 8px;
    }
    .secondary {
      color: var(--mat-sys-on-surface-variant);
    }
  `,
})
export class TransitionControlComponent {
  private readonly api = inject(ChildmindersApi);
  private readonly notifier = inject(Notifier);

  readonly profile = input.required<ChildminderProfileDto>();
  readonly nextStatuses = input.required<readonly ChildminderStatus[]>();
  /** The updated profile, or `null` when the page should reload (stale version). */
  readonly changed = output<ChildminderProfileDto | null>();

  protected readonly to = new FormControl<ChildminderStatus | null>(null, Validators.required);
  protected readonly note = new FormControl('', { nonNullable: true, validators: [Validators.maxLength(1000)] });
  protected readonly form = new FormGroup({ to: this.to, note: this.note });
  private readonly formDirective = viewChild(FormGroupDirective);
  protected readonly saving = signal(false);
  protected readonly message = signal<FormMessage | null>(null);
  protected readonly conflict = signal(false);

  protected submit(): void {
    if (this.saving()) return;
    this.message.set(null);
    this.conflict.set(false);
    const to = this.to.value;
    if (!to || this.note.invalid) {
      this.to.markAsTouched();
      this.note.markAsTouched();
      return;
    }
    this.saving.set(true);
    const note = this.note.value.trim();
    this.api.transition(this.profile().id, { to, version: this.profile().version, ...(note ? { note } : {}) }).subscribe({
      next: (updated) => {
        this.saving.set(false);
        // Also clears the "submitted" state, so the emptied select does not show as an error.
        this.formDirective()?.resetForm({ to: null, note: '' });
        this.notifier.success('childminders.transition.done');
        this.changed.emit(updated);
      },
      error: (error: unknown) => {
        this.saving.set(false);
        const e = toApiError(error);
        if (e.statusCode === 409) {
          this.conflict.set(true);
          this.message.set({ key: 'errors.conflict' });
          return;
        }
        // 422: the server's reason why this change is not allowed (German), e.g. "needs a valid permit".
        const reason = e.errors.find((x) => x.field === 'to')?.message || e.message;
        this.message.set(reason ? { text: reason } : { key: 'errors.badRequest' });
      },
    });
  }
}
