import { Component, ElementRef, inject, signal, viewChild } from '@angular/core';
import { ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { TranslocoPipe } from '@jsverse/transloco';
import type { CapacitySettingsDto } from '@lotse/shared/contracts';
import { Notifier, toApiError } from '@lotse/web/core';
import { CapacitySettingsApi } from '@lotse/web/placements/data-access';
import {
  EmptyStateComponent,
  FieldErrorPipe,
  FormMessageComponent,
  PageComponent,
  applyApiErrors,
  focusFirstInvalid,
  type FormMessage,
} from '@lotse/web/ui';
import {
  createCapacitySettingsForm,
  fillCapacitySettingsForm,
  toCapacitySettingsBody,
  type CapacityLimitField,
} from './capacity-settings-form';

interface LimitField {
  name: CapacityLimitField;
  testId: string;
  optional?: boolean;
}

/**
 * "Kapazitätsgrenzen" (`/admin/capacity-settings`): the office's limits for one childminder and
 * for a Großtagespflege site, each with its legal maximum (NRW, KiBiz §22) beside it. PUT with the
 * version; 409 asks to reload. The capacity gate applies new values to the next check.
 */
@Component({
  selector: 'lotse-capacity-settings-page',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatCardModule,
    MatCheckboxModule,
    MatFormFieldModule,
    MatInputModule,
    TranslocoPipe,
    PageComponent,
    EmptyStateComponent,
    FormMessageComponent,
    FieldErrorPipe,
  ],
  template: `
    <lotse-page
      [title]="'placements.capacity.title' | transloco"
      [subtitle]="'placements.capacity.subtitle' | transloco"
      [loading]="loading() || saving()"
    >
      @if (loadFailed()) {
        <lotse-empty-state icon="error" testId="load-error" [title]="'errors.loadFailed' | transloco">
          <button mat-stroked-button type="button" (click)="load()">{{ 'common.retry' | transloco }}</button>
        </lotse-empty-state>
      } @else if (current(); as c) {
        <p class="form-intro">{{ 'placements.capacity.intro' | transloco }}</p>
        <p class="form-intro">{{ 'common.requiredNote' | transloco }}</p>
        <lotse-form-message [message]="message()" testId="cap-form-error">
          @if (conflict()) {
            <button mat-stroked-button type="button" (click)="load()" data-testid="cap-reload">
              {{ 'placements.capacity.reload' | transloco }}
            </button>
          }
        </lotse-form-message>
        <form #formEl [formGroup]="form" (ngSubmit)="save()" novalidate data-testid="capacity-settings-form">
          @for (group of groups; track group.key) {
            <mat-card appearance="outlined" class="form-card settings-card">
              <mat-card-content>
                <section [attr.aria-labelledby]="'cap-' + group.key + '-heading'">
                  <h2 [id]="'cap-' + group.key + '-heading'">{{ 'placements.capacity.groups.' + group.key | transloco }}</h2>
                  <p class="form-intro">{{ 'placements.capacity.groups.' + group.key + 'Intro' | transloco }}</p>
                  <div class="form-grid">
                    @for (f of group.fields; track f.name) {
                      <mat-form-field subscriptSizing="dynamic">
                        <mat-label>{{ 'placements.capacity.fields.' + f.name | transloco }}</mat-label>
                        <input
                          matInput
                          type="number"
                          min="1"
                          [attr.max]="c.legalMaxima[f.name]"
                          step="1"
                          [formControlName]="f.name"
                          [required]="!f.optional"
                          [attr.data-testid]="f.testId"
                        />
                        <mat-hint [attr.data-testid]="f.testId + '-max'">{{
                          (f.optional ? 'placements.capacity.legalMaxOptional' : 'placements.capacity.legalMax')
                            | transloco: { max: c.legalMaxima[f.name] }
                        }}</mat-hint>
                        <mat-error [attr.data-testid]="f.testId + '-error'">{{ form.controls[f.name] | lotseFieldError }}</mat-error>
                      </mat-form-field>
                    }
                    @if (group.key === 'childminder') {
                      <mat-checkbox formControlName="ownChildrenCount" class="span-all own-children" data-testid="cap-own-children">
                        {{ 'placements.capacity.fields.ownChildrenCount' | transloco }}
                      </mat-checkbox>
                    }
                  </div>
                </section>
              </mat-card-content>
            </mat-card>
          }
          <div class="form-actions form-card">
            <button mat-flat-button type="submit" [disabled]="saving()" data-testid="cap-submit">
              {{ 'placements.capacity.save' | transloco }}
            </button>
          </div>
        </form>
      }
    </lotse-page>
  `,
  styles: `
    .settings-card {
      margin-bottom: 16px;
    }
    .settings-card h2 {
      margin: 0 0 4px;
      font: var(--mat-sys-title-large);
    }
    .own-children {
      margin-bottom: 16px;
    }
  `,
})
export class CapacitySettingsPage {
  private readonly api = inject(CapacitySettingsApi);
  private readonly notifier = inject(Notifier);
  private readonly formRef = viewChild<ElementRef<HTMLFormElement>>('formEl');

  protected readonly groups: ReadonlyArray<{ key: 'childminder' | 'site'; fields: LimitField[] }> = [
    {
      key: 'childminder',
      fields: [
        { name: 'maxPresent', testId: 'cap-max-present' },
        { name: 'maxContracts', testId: 'cap-max-contracts' },
      ],
    },
    {
      key: 'site',
      fields: [
        { name: 'siteMaxPresent', testId: 'cap-site-max-present' },
        { name: 'siteMaxChildminders', testId: 'cap-site-max-childminders' },
        { name: 'siteMaxContracts', testId: 'cap-site-max-contracts', optional: true },
      ],
    },
  ];
  protected readonly form = createCapacitySettingsForm();
  protected readonly current = signal<CapacitySettingsDto | null>(null);
  protected readonly loading = signal(true);
  protected readonly loadFailed = signal(false);
  protected readonly saving = signal(false);
  protected readonly message = signal<FormMessage | null>(null);
  protected readonly conflict = signal(false);

  constructor() {
    this.load();
  }

  protected load(): void {
    this.loading.set(true);
    this.loadFailed.set(false);
    this.message.set(null);
    this.conflict.set(false);
    this.api.get().subscribe({
      next: (dto) => {
        this.show(dto);
        this.loading.set(false);
      },
      error: () => {
        this.loading.set(false);
        this.loadFailed.set(true);
      },
    });
  }

  protected save(): void {
    const current = this.current();
    if (!current || this.saving()) return;
    this.message.set(null);
    this.conflict.set(false);
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      this.message.set({ key: 'register.checkFields' });
      focusFirstInvalid(this.formRef());
      return;
    }
    this.saving.set(true);
    this.api.update(toCapacitySettingsBody(this.form, current.version)).subscribe({
      next: (dto) => {
        this.saving.set(false);
        this.show(dto);
        this.notifier.success('placements.capacity.saved');
      },
      error: (error: unknown) => {
        this.saving.set(false);
        const e = toApiError(error);
        if (e.statusCode === 409) {
          this.conflict.set(true);
          this.message.set({ key: 'placements.capacity.conflict' });
          return;
        }
        const text = applyApiErrors(this.form, e);
        this.message.set(text ? { text } : null);
        focusFirstInvalid(this.formRef());
      },
    });
  }

  private show(dto: CapacitySettingsDto): void {
    this.current.set(dto);
    fillCapacitySettingsForm(this.form, dto);
  }
}
