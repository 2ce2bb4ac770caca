import { Component, ElementRef, inject, signal, viewChild } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, FormGroupDirective, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { TranslocoPipe } from '@jsverse/transloco';
import type { RecheckEvent } from '@lotse/shared/contracts';
import { RecheckTasksApi } from '@lotse/web/childminders/data-access';
import { LanguageService, Notifier, toApiError } from '@lotse/web/core';
import {
  EmptyStateComponent,
  FieldErrorPipe,
  FormMessageComponent,
  LotseDatePipe,
  PageComponent,
  applyApiErrors,
  focusFirstInvalid,
  type FormMessage,
} from '@lotse/web/ui';
import { REPORTABLE } from './recheck-labels';

/** "Änderung melden" (§ 43 Abs. 3 S. 6 SGB VIII): she reports an important event and sees her reports. */
@Component({
  selector: 'lotse-my-reports-page',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatSelectModule,
    TranslocoPipe,
    EmptyStateComponent,
    FieldErrorPipe,
    FormMessageComponent,
    LotseDatePipe,
    PageComponent,
  ],
  template: `
    <lotse-page [title]="'recheck.report.title' | transloco" [subtitle]="'recheck.report.subtitle' | transloco" [loading]="saving()">
      <section class="block" aria-labelledby="report-form-heading">
        <h2 id="report-form-heading" class="section-title">{{ 'recheck.report.formTitle' | transloco }}</h2>
        <form #formEl [formGroup]="form" (ngSubmit)="submit()" novalidate data-testid="report-form">
          <lotse-form-message [message]="message()" testId="report-error" />
          <mat-form-field class="full-width">
            <mat-label>{{ 'recheck.report.event' | transloco }}</mat-label>
            <mat-select formControlName="event" required data-testid="report-event">
              @for (e of events; track e) {
                <mat-option [value]="e" [attr.data-testid]="'report-event-' + e">{{ 'recheck.event.' + e | transloco }}</mat-option>
              }
            </mat-select>
            <mat-error>{{ form.controls.event | lotseFieldError }}</mat-error>
          </mat-form-field>
          <mat-form-field class="full-width">
            <mat-label>{{ 'recheck.report.description' | transloco }}</mat-label>
            <textarea matInput formControlName="description" rows="4" required maxlength="1000" data-testid="report-description"></textarea>
            <mat-hint>{{ 'recheck.report.descriptionHint' | transloco }}</mat-hint>
            <mat-error>{{ form.controls.description | lotseFieldError }}</mat-error>
          </mat-form-field>
          <button mat-flat-button type="submit" class="submit" [disabled]="saving()" data-testid="report-submit">
            <mat-icon aria-hidden="true" fontIcon="send" />
            {{ 'recheck.report.submit' | transloco }}
          </button>
        </form>
      </section>

      <section class="block" aria-labelledby="report-list-heading">
        <h2 id="report-list-heading" class="section-title">{{ 'recheck.report.listTitle' | transloco }}</h2>
        @if (reports.hasValue()) {
          @let list = reports.value();
          @if (list.length) {
            <ul class="reports" data-testid="my-reports">
              @for (r of list; track r.taskId) {
                <li class="report" data-testid="my-report" [attr.data-status]="r.closed ? 'closed' : 'open'">
                  <div class="head">
                    <strong>{{ 'recheck.event.' + r.event | transloco }}</strong>
                    <span class="state">{{ (r.closed ? 'recheck.report.closed' : 'recheck.report.open') | transloco }}</span>
                  </div>
                  <p class="meta">
                    {{ 'recheck.report.reportedAt' | transloco }}
                    <time [attr.datetime]="r.reportedAt">{{ r.reportedAt | lotseDate: language.tag() : 'dateTime' }}</time>
                  </p>
                  <p class="text">{{ r.description }}</p>
                </li>
              }
            </ul>
          } @else {
            <lotse-empty-state
              icon="inbox"
              testId="reports-empty"
              [title]="'recheck.report.emptyTitle' | transloco"
              [text]="'recheck.report.emptyText' | transloco"
            />
          }
        } @else if (reports.error()) {
          <lotse-empty-state icon="error" testId="load-error" [title]="'errors.loadFailed' | transloco">
            <button mat-stroked-button type="button" (click)="reports.reload()">{{ 'common.retry' | transloco }}</button>
          </lotse-empty-state>
        }
      </section>
    </lotse-page>
  `,
  styles: `
    .block {
      margin-bottom: 32px;
      max-width: 720px;
    }
    .section-title {
      margin: 0 0 12px;
      font: var(--mat-sys-title-large);
    }
    .full-width {
      width: 100%;
    }
    .submit {
      margin-top: 16px;
    }
    .reports {
      list-style: none;
      margin: 0;
      padding: 0;
    }
    .report {
      padding: 12px 0;
      border-bottom: 1px solid var(--mat-sys-outline-variant);
    }
    .head {
      display: flex;
      flex-wrap: wrap;
      gap: 12px;
      align-items: baseline;
    }
    .state,
    .meta {
      color: var(--mat-sys-on-surface-variant);
    }
    .meta,
    .text {
      margin: 4px 0 0;
      white-space: pre-line;
    }
  `,
})
export class MyReportsPage {
  private readonly api = inject(RecheckTasksApi);
  private readonly notifier = inject(Notifier);
  protected readonly language = inject(LanguageService);
  private readonly formRef = viewChild.required<ElementRef<HTMLFormElement>>('formEl');
  /** `resetForm` also clears the submitted state, so the emptied fields show no errors. */
  private readonly formDir = viewChild.required(FormGroupDirective);

  protected readonly events = REPORTABLE;
  protected readonly form = new FormGroup({
    event: new FormControl<RecheckEvent | null>(null, { validators: [Validators.required] }),
    description: new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.maxLength(1000)] }),
  });
  protected readonly reports = rxResource({ stream: () => this.api.myReports() });
  protected readonly saving = signal(false);
  protected readonly message = signal<FormMessage | null>(null);

  protected submit(): void {
    if (this.saving()) return;
    this.message.set(null);
    const { event, description } = this.form.getRawValue();
    if (!description.trim()) this.form.controls.description.setErrors({ required: true });
    if (this.form.invalid || !event) {
      this.form.markAllAsTouched();
      focusFirstInvalid(this.formRef().nativeElement);
      return;
    }
    this.saving.set(true);
    this.api.report({ event, description: description.trim() }).subscribe({
      next: () => {
        this.saving.set(false);
        this.formDir().resetForm({ event: null, description: '' });
        this.notifier.success('recheck.report.sent');
        this.reports.reload();
      },
      error: (error: unknown) => {
        this.saving.set(false);
        const text = applyApiErrors(this.form, toApiError(error));
        this.message.set(text ? { text } : null);
        focusFirstInvalid(this.formRef().nativeElement);
      },
    });
  }
}
