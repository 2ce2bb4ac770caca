import { Component, Injector, computed, inject, input } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatIconModule } from '@angular/material/icon';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { Notifier, toApiError } from '@lotse/web/core';
import { CareRequestsApi, MatchingApi } from '@lotse/web/placements/data-access';
import { EmptyStateComponent, PageComponent } from '@lotse/web/ui';
import { ProposalCardComponent } from '../shared/proposal-card.component';
import { openReasonDialog } from '../shared/reason.dialog';
import { RequestDetailsComponent } from '../shared/request-details.component';
import { ProposeFormComponent } from './propose-form.component';
import { SuggestionsLinkComponent } from '@lotse/web/matching/feature';

/** The advisor's view of a care request: details, "in Bearbeitung nehmen", close, propose a childminder, the proposals. */
@Component({
  selector: 'lotse-advisor-request-page',
  imports: [
    MatButtonModule,
    MatIconModule,
    RouterLink,
    TranslocoPipe,
    PageComponent,
    EmptyStateComponent,
    ProposalCardComponent,
    RequestDetailsComponent,
    ProposeFormComponent,
    SuggestionsLinkComponent,
  ],
  template: `
    <lotse-page [title]="title() || ('placements.request.title' | transloco)" [loading]="request.isLoading() || proposals.isLoading()">
      <a lotsePageActions mat-button routerLink="/advisor/care-requests" data-testid="back-link">
        <mat-icon aria-hidden="true" fontIcon="arrow_back" />
        {{ 'common.back' | transloco }}
      </a>
      @if (request.hasValue()) {
        @let r = request.value();
        <div class="actions">
          @if (r.status === 'submitted') {
            <button mat-flat-button type="button" (click)="review()" data-testid="request-review">
              <mat-icon aria-hidden="true" fontIcon="fact_check" />
              {{ 'placements.request.review' | transloco }}
            </button>
          }
          @if (open()) {
            <lotse-suggestions-link [requestId]="r.id" />
            <button mat-stroked-button type="button" (click)="close()" data-testid="request-close">
              <mat-icon aria-hidden="true" fontIcon="block" />
              {{ 'placements.request.close' | transloco }}
            </button>
          }
        </div>
        <div class="columns">
          <lotse-request-details [request]="r" [showParent]="true" />
          @if (open()) {
            <lotse-propose-form [request]="r" (proposed)="reload()" />
          }
        </div>
        <h2 class="section-title">{{ 'placements.request.proposals' | transloco }}</h2>
        @if (proposals.hasValue()) {
          @for (p of proposals.value().items; track p.id) {
            <lotse-proposal-card [proposal]="p" viewer="advisor" (changed)="reload()" />
          } @empty {
            <p class="secondary" data-testid="proposals-none">{{ 'placements.request.noProposalsAdvisor' | transloco }}</p>
          }
        }
      } @else if (request.error()) {
        <lotse-empty-state icon="error" testId="load-error" [title]="errorKey() | transloco" />
      }
    </lotse-page>
  `,
  styles: `
    .actions {
      display: flex;
      flex-wrap: wrap;
      gap: 8px;
      margin-bottom: 16px;
    }
    .columns {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(380px, 1fr));
      gap: 16px;
      align-items: start;
    }
    .section-title {
      margin: 24px 0 16px;
    }
  `,
})
export class AdvisorRequestPage {
  private readonly api = inject(CareRequestsApi);
  private readonly matching = inject(MatchingApi);
  private readonly dialog = inject(MatDialog);
  private readonly injector = inject(Injector);
  private readonly notifier = inject(Notifier);

  readonly id = input.required<string>();
  protected readonly request = rxResource({ params: () => this.id(), stream: ({ params }) => this.api.get(params) });
  protected readonly proposals = rxResource({
    params: () => this.id(),
    stream: ({ params }) => this.matching.proposals({ careRequestId: params, pageSize: 50 }),
  });
  protected readonly title = computed(() =>
    this.request.hasValue() ? `${this.request.value().child.firstName} ${this.request.value().child.lastName}` : '',
  );
  protected readonly open = computed(
    () => this.request.hasValue() && ['submitted', 'in_review', 'proposal'].includes(this.request.value().status),
  );
  protected readonly errorKey = computed(() => {
    const status = this.request.error() ? toApiError(this.request.error()).statusCode : 0;
    return status === 400 || status === 403 || status === 404 ? 'placements.request.notFound' : 'errors.loadFailed';
  });

  protected reload(): void {
    this.request.reload();
    this.proposals.reload();
  }

  protected review(): void {
    const r = this.request.value();
    if (!r) return;
    this.api.review(r.id, r.version).subscribe({
      next: () => {
        this.notifier.success('placements.request.reviewed');
        this.reload();
      },
      error: (err: unknown) => {
        this.notifier.error('placements.common.failed', { message: toApiError(err).message });
        this.reload();
      },
    });
  }

  protected close(): void {
    const r = this.request.value();
    if (!r) return;
    openReasonDialog(this.dialog, this.injector, {
      titleKey: 'placements.request.closeTitle',
      introKey: 'placements.request.closeIntro',
      params: { name: r.child.firstName },
      reason: 'required',
      submitKey: 'placements.request.close',
      danger: true,
      run: (reason) => this.api.close(r.id, { reason, version: r.version }),
    }).subscribe((done) => {
      if (done) {
        this.notifier.success('placements.request.closed');
        this.reload();
      }
    });
  }
}
