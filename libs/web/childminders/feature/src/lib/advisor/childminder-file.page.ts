import { Component, ElementRef, computed, effect, inject, input, signal, untracked, viewChild } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatIconModule } from '@angular/material/icon';
import { MatPaginatorModule, type PageEvent } from '@angular/material/paginator';
import { MatTabsModule } from '@angular/material/tabs';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import type { ChildminderProfileDto } from '@lotse/shared/contracts';
import { ChildmindersApi } from '@lotse/web/childminders/data-access';
import { EvidenceSummaryComponent, StatusChipComponent } from '@lotse/web/childminders/ui';
import { LanguageService, Notifier, TenantApi, toApiError } from '@lotse/web/core';
import {
  EmptyStateComponent,
  FormMessageComponent,
  LotseDatePipe,
  PageComponent,
  applyApiErrors,
  focusFirstInvalid,
  type FormMessage,
} from '@lotse/web/ui';
import { map } from 'rxjs';
import { DocumentListComponent } from '../shared/document-list.component';
import { EvidenceChecklistComponent } from '../shared/evidence-checklist.component';
import { NextStepsComponent } from '../shared/next-steps.component';
import { PROFILE_ERROR_OPTIONS, createProfileForm, fillProfileForm, toProfilePatch } from '../shared/profile-form';
import { ProfileFormComponent } from '../shared/profile-form.component';
import { QualificationVariantComponent } from './qualification-variant.component';
import { StatusPathComponent } from '../shared/status-path.component';
import { TimelineComponent } from '../shared/timeline.component';
import { TransitionControlComponent } from '../shared/transition-control.component';
import { FileRecheckTasksComponent } from '../recheck/file-recheck-tasks.component';

/**
 * A childminder's file for the advisory service: status and next steps with the transition
 * control, then tabs for the profile (editable), the evidence checklist with the advisor's
 * actions, all documents (download, confirm, reject) and the timeline.
 */
@Component({
  selector: 'lotse-childminder-file-page',
  imports: [
    FileRecheckTasksComponent,
    ReactiveFormsModule,
    MatButtonModule,
    MatCardModule,
    MatIconModule,
    MatPaginatorModule,
    MatTabsModule,
    RouterLink,
    TranslocoPipe,
    LotseDatePipe,
    PageComponent,
    EmptyStateComponent,
    FormMessageComponent,
    StatusChipComponent,
    EvidenceSummaryComponent,
    ProfileFormComponent,
    EvidenceChecklistComponent,
    DocumentListComponent,
    TimelineComponent,
    TransitionControlComponent,
    QualificationVariantComponent,
    StatusPathComponent,
    NextStepsComponent,
  ],
  templateUrl: './childminder-file.page.html',
  styleUrl: './childminder-file.page.scss',
})
export class ChildminderFilePage {
  private readonly api = inject(ChildmindersApi);
  private readonly tenant = inject(TenantApi);
  private readonly notifier = inject(Notifier);
  protected readonly language = inject(LanguageService);
  private readonly formRef = viewChild<ElementRef<HTMLFormElement>>('formEl');

  /** Route parameter `:id`. */
  readonly id = input.required<string>();

  protected readonly profile = rxResource({ params: () => this.id(), stream: ({ params }) => this.api.get(params) });
  protected readonly checklist = rxResource({ params: () => this.id(), stream: ({ params }) => this.api.checklist(params) });
  protected readonly path = rxResource({ params: () => this.id(), stream: ({ params }) => this.api.path(params) });
  protected readonly documents = rxResource({ params: () => this.id(), stream: ({ params }) => this.api.documents(params) });
  protected readonly timelinePage = signal({ page: 1, pageSize: 20 });
  protected readonly timeline = rxResource({
    params: () => ({ id: this.id(), ...this.timelinePage() }),
    stream: ({ params }) => this.api.timeline(params.id, { page: params.page, pageSize: params.pageSize }),
  });
  protected readonly districts = rxResource({ stream: () => this.tenant.get().pipe(map((t) => t.districts)) });

  protected readonly notFound = computed(() => {
    const e = this.profile.error();
    const status = e ? toApiError(e).statusCode : 0;
    return status === 400 || status === 403 || status === 404;
  });
  protected readonly title = computed(() =>
    this.profile.hasValue() ? `${this.profile.value().firstName} ${this.profile.value().lastName}` : '',
  );
  protected readonly loading = computed(
    () => this.profile.isLoading() || this.checklist.isLoading() || this.path.isLoading() || this.saving(),
  );

  protected readonly form = createProfileForm('edit');
  protected readonly saving = signal(false);
  protected readonly message = signal<FormMessage | null>(null);
  protected readonly conflict = signal(false);

  constructor() {
    // (Re)fill the form whenever a newer version of the file arrives.
    let shownVersion: string | null = null;
    effect(() => {
      const p = this.profile.hasValue() ? this.profile.value() : null;
      untracked(() => {
        const key = p ? `${p.id}@${p.version}` : null;
        if (p && key !== shownVersion) {
          shownVersion = key;
          fillProfileForm(this.form, p);
        }
      });
    });
  }

  /** After a change anywhere in the file: everything that may follow from it. */
  protected reloadAll(): void {
    this.profile.reload();
    this.checklist.reload();
    this.path.reload();
    this.documents.reload();
    this.timeline.reload();
  }

  protected onTransition(updated: ChildminderProfileDto | null): void {
    if (updated) this.profile.set(updated);
    this.reloadAll();
  }

  protected onTimelinePage(event: PageEvent): void {
    this.timelinePage.set({ page: event.pageIndex + 1, pageSize: event.pageSize });
  }

  protected save(): void {
    if (!this.profile.hasValue() || this.saving()) return;
    const current = this.profile.value();
    this.message.set(null);
    this.conflict.set(false);
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      this.message.set({ key: 'register.checkFields' });
      focusFirstInvalid(this.formRef());
      return;
    }
    this.saving.set(true);
    const patch = toProfilePatch(this.form, current.version);
    this.api.update(current.id, patch).subscribe({
      next: (p) => {
        this.saving.set(false);
        this.profile.set(p);
        // A file with an account keeps its (login) e-mail until the link to the new address is opened.
        const pending = !!p.userId && !!patch.email && patch.email.toLowerCase() !== (p.email ?? '').toLowerCase();
        this.notifier.success(pending ? 'childminders.form.emailChangePending' : 'profile.saved');
        this.checklist.reload();
        this.path.reload();
        this.timeline.reload();
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

  protected reloadProfile(): void {
    this.message.set(null);
    this.conflict.set(false);
    this.profile.reload();
  }
}
