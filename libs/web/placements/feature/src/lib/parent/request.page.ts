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
import { canChangeRequest, canWithdrawRequest } from '../shared/presentation';
import { ProposalCardComponent } from '../shared/proposal-card.component';
import { openReasonDialog } from '../shared/reason.dialog';
import { RequestDetailsComponent } from '../shared/request-details.component';

/** A parent's request: details, change / withdraw while open, and the proposals with accept / decline. */
@Component({
  selector: 'lotse-parent-request-page',
  imports: [
    MatButtonModule,
    MatIconModule,
    RouterLink,
    TranslocoPipe,
    PageComponent,
    EmptyStateComponent,
    ProposalCardComponent,
    RequestDetailsComponent,
  ],
  template: `
    <lotse-page [title]="title() || ('placements.request.title' | transloco)" [loading]="request.isLoading() || proposals.isLoading()">
      <a lotsePageActions mat-button routerLink="/parent/requests" data-testid="back-link">
        <mat-icon aria-hidden="true" fontIcon="arrow_back" />
        {{ 'common.back' | transloco }}
      </a>
      @if (request.hasValue()) {
        @let r = request.value();
        <div class="actions">
          @if (canChange()) {
            <a mat-stroked-button [routerLink]="['/parent/requests', r.id, 'edit']" data-testid="request-edit">
              <mat-icon aria-hidden="true" fontIcon="edit" />
              {{ 'placements.request.edit' | transloco }}
            </a>
          }
          @if (canWithdraw()) {
            <button mat-stroked-button type="button" (click)="withdraw()" data-testid="request-withdraw">
              <mat-icon aria-hidden="true" fontIcon="undo" />
              {{ 'placements.request.withdraw' | transloco }}
            </button>
          }
        </div>
        <lotse-request-details [request]="r" />

        <h2 class="section-title">{{ 'placements.request.proposals' | transloco }}</h2>
        @if (proposals.hasValue()) {
          @for (p of proposals.value().items; track p.id) {
            <lotse-proposal-card [proposal]="p" viewer="parent" (changed)="reload()" />
          } @empty {
            <p class="secondary" data-testid="proposals-none">{{ 'placements.request.noProposals' | transloco }}</p>
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
    .section-title {
      margin: 24px 0 16px;
    }
  `,
})
export class ParentRequestPage {
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
  protected readonly canChange = computed(() => this.request.hasValue() && canChangeRequest(this.request.value().status));
  protected readonly canWithdraw = computed(() => this.request.hasValue() && canWithdrawRequest(this.request.value().status));
  protected readonly errorKey = computed(() => {
    const status = this.request.error() ? toApiError(this.request.error()).statusCode : 0;
    return status === 400 || status === 403 || status === 404 ? 'placements.request.notFound' : 'errors.loadFailed';
  });

  protected reload(): void {
    this.request.reload();
    this.proposals.reload();
  }

  protected withdraw(): void {
    const r = this.request.value();
    if (!r) return;
    openReasonDialog(this.dialog, this.injector, {
      titleKey: 'placements.request.withdrawTitle',
      introKey: 'placements.request.withdrawIntro',
      params: { name: r.child.firstName },
      reason: 'optional',
      submitKey: 'placements.request.withdraw',
      danger: true,
      run: (reason) => this.api.withdraw(r.id, { reason: reason || undefined, version: r.version }),
    }).subscribe((done) => {
      if (done) {
        this.notifier.success('placements.request.withdrawn');
        this.reload();
      }
    });
  }
}
