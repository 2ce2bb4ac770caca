import { Component, ElementRef, inject, signal, viewChild } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { Router, RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { ChildmindersApi } from '@lotse/web/childminders/data-access';
import { Notifier, TenantApi, toApiError } from '@lotse/web/core';
import { FormMessageComponent, PageComponent, applyApiErrors, focusFirstInvalid, type FormMessage } from '@lotse/web/ui';
import { map } from 'rxjs';
import { PROFILE_ERROR_OPTIONS, createProfileForm, toCreateDto } from '../shared/profile-form';
import { ProfileFormComponent } from '../shared/profile-form.component';

/** "Tagespflegeperson anlegen": the advisor opens a file for a person without an account (status "interessiert"). */
@Component({
  selector: 'lotse-childminder-create-page',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatCardModule,
    RouterLink,
    TranslocoPipe,
    PageComponent,
    FormMessageComponent,
    ProfileFormComponent,
  ],
  template: `
    <lotse-page
      [title]="'childminders.create.title' | transloco"
      [subtitle]="'childminders.create.subtitle' | transloco"
      [loading]="saving() || districts.isLoading()"
    >
      <mat-card appearance="outlined" class="form-card">
        <mat-card-content>
          <p class="form-intro">{{ 'common.requiredNote' | transloco }}</p>
          <lotse-form-message [message]="message()" testId="cm-create-error" />
          <form #formEl [formGroup]="form" (ngSubmit)="submit()" novalidate>
            <lotse-profile-form [form]="form" mode="create" [districts]="districts.value() ?? []" />
            <div class="form-actions">
              <a mat-button routerLink="/advisor/childminders">{{ 'common.cancel' | transloco }}</a>
              <button mat-flat-button type="submit" [disabled]="saving()" data-testid="cm-create-submit">
                {{ 'childminders.create.submit' | transloco }}
              </button>
            </div>
          </form>
        </mat-card-content>
      </mat-card>
    </lotse-page>
  `,
})
export class ChildminderCreatePage {
  private readonly api = inject(ChildmindersApi);
  private readonly tenant = inject(TenantApi);
  private readonly router = inject(Router);
  private readonly notifier = inject(Notifier);
  private readonly formRef = viewChild.required<ElementRef<HTMLFormElement>>('formEl');

  protected readonly form = createProfileForm('create');
  protected readonly districts = rxResource({ stream: () => this.tenant.get().pipe(map((t) => t.districts)) });
  protected readonly saving = signal(false);
  protected readonly message = signal<FormMessage | null>(null);

  protected submit(): void {
    if (this.saving()) return;
    this.message.set(null);
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      this.message.set({ key: 'register.checkFields' });
      focusFirstInvalid(this.formRef().nativeElement);
      return;
    }
    this.saving.set(true);
    this.api.create(toCreateDto(this.form)).subscribe({
      next: (p) => {
        this.notifier.success('childminders.create.created', { name: `${p.firstName} ${p.lastName}` });
        void this.router.navigate(['/advisor/childminders', p.id]);
      },
      error: (error: unknown) => {
        this.saving.set(false);
        const text = applyApiErrors(this.form, toApiError(error), PROFILE_ERROR_OPTIONS);
        this.message.set(text ? { text } : { key: 'register.checkFields' });
        focusFirstInvalid(this.formRef().nativeElement);
      },
    });
  }
}
