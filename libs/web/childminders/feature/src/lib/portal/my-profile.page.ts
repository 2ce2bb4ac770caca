import { Component, ElementRef, inject, signal, viewChild } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { TranslocoPipe } from '@jsverse/transloco';
import type { ChildminderProfileDto } from '@lotse/shared/contracts';
import { ChildmindersApi } from '@lotse/web/childminders/data-access';
import { StatusChipComponent } from '@lotse/web/childminders/ui';
import { Notifier, SessionStore, TenantApi, toApiError } from '@lotse/web/core';
import {
  EmptyStateComponent,
  FormMessageComponent,
  PageComponent,
  applyApiErrors,
  focusFirstInvalid,
  type FormMessage,
} from '@lotse/web/ui';
import { map } from 'rxjs';
import { PROFILE_ERROR_OPTIONS, createProfileForm, fillProfileForm, toProfilePatch } from '../shared/profile-form';
import { ProfileFormComponent } from '../shared/profile-form.component';

/** "Mein Profil": the childminder's own file (the office sees the same data). */
@Component({
  selector: 'lotse-my-profile-page',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatCardModule,
    TranslocoPipe,
    PageComponent,
    EmptyStateComponent,
    FormMessageComponent,
    ProfileFormComponent,
    StatusChipComponent,
  ],
  template: `
    <lotse-page
      [title]="'childminder.profile.title' | transloco"
      [subtitle]="'childminder.profile.subtitle' | transloco"
      [loading]="loading() || saving()"
    >
      @if (profile(); as p) {
        <lotse-status-chip lotsePageActions kind="childminder" [status]="p.status" testId="cm-status" />
      }
      @if (notFound()) {
        <lotse-empty-state
          icon="person_off"
          testId="empty-state"
          [title]="'childminder.noProfile' | transloco"
          [text]="'childminder.noProfileText' | transloco"
        />
      } @else if (loadFailed()) {
        <lotse-empty-state icon="error" testId="load-error" [title]="'errors.loadFailed' | transloco">
          <button mat-stroked-button type="button" (click)="load()">{{ 'common.retry' | transloco }}</button>
        </lotse-empty-state>
      } @else if (profile()) {
        <mat-card appearance="outlined" class="form-card">
          <mat-card-content>
            <p class="form-intro">{{ 'common.requiredNote' | transloco }}</p>
            <lotse-form-message [message]="message()" testId="cm-profile-error">
              @if (conflict()) {
                <button mat-stroked-button type="button" (click)="load()" data-testid="cm-profile-reload">
                  {{ 'profile.reload' | transloco }}
                </button>
              }
            </lotse-form-message>
            <form #formEl [formGroup]="form" (ngSubmit)="save()" novalidate>
              <lotse-profile-form [form]="form" mode="edit" [loginEmailReadonly]="true" [districts]="districts.value() ?? []" />
              <div class="form-actions">
                <button mat-flat-button type="submit" [disabled]="saving()" data-testid="cm-profile-submit">
                  {{ 'common.save' | transloco }}
                </button>
              </div>
            </form>
          </mat-card-content>
        </mat-card>
      }
    </lotse-page>
  `,
})
export class MyProfilePage {
  private readonly api = inject(ChildmindersApi);
  private readonly tenant = inject(TenantApi);
  private readonly session = inject(SessionStore);
  private readonly notifier = inject(Notifier);
  private readonly formRef = viewChild<ElementRef<HTMLFormElement>>('formEl');

  protected readonly form = createProfileForm('edit');
  protected readonly districts = rxResource({ stream: () => this.tenant.get().pipe(map((t) => t.districts)) });
  protected readonly profile = signal<ChildminderProfileDto | null>(null);
  protected readonly loading = signal(true);
  protected readonly loadFailed = signal(false);
  protected readonly notFound = signal(false);
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
    this.api.get('me').subscribe({
      next: (p) => {
        this.show(p);
        this.loading.set(false);
      },
      error: (error: unknown) => {
        this.loading.set(false);
        if (toApiError(error).statusCode === 404) this.notFound.set(true);
        else this.loadFailed.set(true);
      },
    });
  }

  protected save(): void {
    const current = this.profile();
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
    this.api.update('me', toProfilePatch(this.form, current.version)).subscribe({
      next: (p) => {
        this.saving.set(false);
        this.show(p);
        this.session.update({ displayName: `${p.firstName} ${p.lastName}`.trim() });
        this.notifier.success('profile.saved');
      },
      error: (error: unknown) => {
        this.saving.set(false);
        const e = toApiError(error);
        if (e.statusCode === 409) {
          this.conflict.set(true);
          this.message.set({ key: 'profile.conflict' });
          return;
        }
        const text = applyApiErrors(this.form, e, PROFILE_ERROR_OPTIONS);
        this.message.set(text ? { text } : null);
        focusFirstInvalid(this.formRef());
      },
    });
  }

  private show(p: ChildminderProfileDto): void {
    fillProfileForm(this.form, p);
    this.profile.set(p);
  }
}
