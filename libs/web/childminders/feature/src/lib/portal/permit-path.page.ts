import { Component, computed, inject, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatIconModule } from '@angular/material/icon';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { ChildmindersApi } from '@lotse/web/childminders/data-access';
import { StatusChipComponent } from '@lotse/web/childminders/ui';
import { Notifier, toApiError } from '@lotse/web/core';
import { EmptyStateComponent, FormMessageComponent, PageComponent, type FormMessage } from '@lotse/web/ui';
import { NextStepsComponent } from '../shared/next-steps.component';
import { StatusPathComponent } from '../shared/status-path.component';

/** "Mein Weg zur Pflegeerlaubnis": where the childminder stands, and what is missing next. */
@Component({
  selector: 'lotse-permit-path-page',
  imports: [
    MatButtonModule,
    MatCardModule,
    MatIconModule,
    RouterLink,
    TranslocoPipe,
    PageComponent,
    EmptyStateComponent,
    FormMessageComponent,
    StatusChipComponent,
    StatusPathComponent,
    NextStepsComponent,
  ],
  template: `
    <lotse-page
      [title]="'childminder.path.title' | transloco"
      [subtitle]="'childminder.path.subtitle' | transloco"
      [loading]="path.isLoading() || applying()"
    >
      @if (path.hasValue()) {
        @let p = path.value();
        <section class="block" aria-labelledby="path-status-heading">
          <h2 id="path-status-heading" class="section-title">{{ 'childminder.path.status' | transloco }}</h2>
          <p class="current">
            {{ 'childminder.path.current' | transloco }}
            <lotse-status-chip kind="childminder" [status]="p.status" testId="cm-status" />
          </p>
          <lotse-status-path [status]="p.status" />
        </section>

        <section class="block" aria-labelledby="path-next-heading">
          <h2 id="path-next-heading" class="section-title">{{ 'childminder.path.next' | transloco }}</h2>
          <p class="evidence-state" data-testid="path-evidence-complete">
            <mat-icon aria-hidden="true" [fontIcon]="p.evidenceComplete ? 'task_alt' : 'pending_actions'" />
            {{ (p.evidenceComplete ? 'childminder.path.evidenceComplete' : 'childminder.path.evidenceIncomplete') | transloco }}
          </p>
          <lotse-next-steps [steps]="p.steps" />
          <lotse-form-message [message]="message()" testId="apply-error" />
          <div class="actions">
            @if (p.status === 'interested') {
              <button mat-flat-button type="button" (click)="apply()" [disabled]="applying()" data-testid="apply-submit">
                <mat-icon aria-hidden="true" fontIcon="send" />
                {{ 'childminder.path.apply' | transloco }}
              </button>
            }
            <a mat-stroked-button routerLink="/childminder/evidence" data-testid="evidence-link">
              <mat-icon aria-hidden="true" fontIcon="checklist" />
              {{ 'childminder.evidence.title' | transloco }}
            </a>
          </div>
        </section>
      } @else if (notFound()) {
        <lotse-empty-state
          icon="person_off"
          testId="empty-state"
          [title]="'childminder.noProfile' | transloco"
          [text]="'childminder.noProfileText' | transloco"
        />
      } @else if (path.error()) {
        <lotse-empty-state icon="error" testId="load-error" [title]="'errors.loadFailed' | transloco">
          <button mat-stroked-button type="button" (click)="path.reload()">{{ 'common.retry' | transloco }}</button>
        </lotse-empty-state>
      }
    </lotse-page>
  `,
  styles: `
    .block {
      margin-bottom: 32px;
    }
    .section-title {
      margin: 0 0 12px;
      font: var(--mat-sys-title-large);
    }
    .current,
    .evidence-state {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 8px;
      margin: 0 0 12px;
    }
    .actions {
      display: flex;
      flex-wrap: wrap;
      gap: 8px;
      margin-top: 16px;
    }
  `,
})
export class PermitPathPage {
  private readonly api = inject(ChildmindersApi);
  private readonly notifier = inject(Notifier);

  protected readonly path = rxResource({ stream: () => this.api.path('me') });
  protected readonly notFound = computed(() => !!this.path.error() && toApiError(this.path.error()).statusCode === 404);
  protected readonly applying = signal(false);
  protected readonly message = signal<FormMessage | null>(null);

  protected apply(): void {
    this.applying.set(true);
    this.message.set(null);
    this.api.apply().subscribe({
      next: () => {
        this.applying.set(false);
        this.notifier.success('childminder.path.applied');
        this.path.reload();
      },
      error: (error: unknown) => {
        this.applying.set(false);
        const e = toApiError(error);
        this.message.set(e.message ? { text: e.errors.find((x) => x.field === 'to')?.message || e.message } : { key: 'errors.generic' });
      },
    });
  }
}
