import { Component, inject } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { TranslocoPipe } from '@jsverse/transloco';
import { MatchingApi } from '@lotse/web/placements/data-access';
import { EmptyStateComponent, PageComponent } from '@lotse/web/ui';
import { PlacementsTableComponent } from '../shared/placements-table.component';

/** Childminder portal: "Meine Kinder": current and upcoming placements. */
@Component({
  selector: 'lotse-my-children-page',
  imports: [MatButtonModule, TranslocoPipe, PageComponent, EmptyStateComponent, PlacementsTableComponent],
  template: `
    <lotse-page
      [title]="'placements.myChildren.title' | transloco"
      [subtitle]="'placements.myChildren.subtitle' | transloco"
      [loading]="list.isLoading()"
    >
      @if (list.hasValue()) {
        @if (list.value().items.length === 0) {
          <lotse-empty-state
            icon="child_care"
            [title]="'placements.myChildren.empty' | transloco"
            [text]="'placements.myChildren.emptyText' | transloco"
          />
        } @else {
          <lotse-placements-table
            [placements]="list.value().items"
            [columns]="columns"
            [caption]="'placements.myChildren.title' | transloco"
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
export class MyChildrenPage {
  private readonly api = inject(MatchingApi);
  protected readonly columns = ['child', 'period', 'times', 'measles', 'state'];
  protected readonly list = rxResource({ stream: () => this.api.placements({ pageSize: 100 }) });
}
