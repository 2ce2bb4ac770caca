import { Component, inject } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { TranslocoPipe } from '@jsverse/transloco';
import { MatchingApi } from '@lotse/web/placements/data-access';
import { EmptyStateComponent, PageComponent } from '@lotse/web/ui';
import { ProposalCardComponent } from '../shared/proposal-card.component';

/** Childminder portal: "Vorschläge": the office's proposals, open ones first, with accept / decline. */
@Component({
  selector: 'lotse-childminder-proposals-page',
  imports: [MatButtonModule, TranslocoPipe, PageComponent, EmptyStateComponent, ProposalCardComponent],
  template: `
    <lotse-page
      [title]="'placements.proposals.title' | transloco"
      [subtitle]="'placements.proposals.subtitle' | transloco"
      [loading]="list.isLoading()"
    >
      @if (list.hasValue()) {
        @for (p of list.value().items; track p.id) {
          <lotse-proposal-card [proposal]="p" viewer="childminder" (changed)="list.reload()" />
        } @empty {
          <lotse-empty-state
            icon="handshake"
            [title]="'placements.proposals.empty' | transloco"
            [text]="'placements.proposals.emptyText' | transloco"
          />
        }
      } @else if (list.error()) {
        <lotse-empty-state icon="error" testId="load-error" [title]="'errors.loadFailed' | transloco">
          <button mat-stroked-button type="button" (click)="list.reload()">{{ 'common.retry' | transloco }}</button>
        </lotse-empty-state>
      }
    </lotse-page>
  `,
})
export class ChildminderProposalsPage {
  private readonly api = inject(MatchingApi);
  protected readonly list = rxResource({ stream: () => this.api.proposals({ pageSize: 100 }) });
}
