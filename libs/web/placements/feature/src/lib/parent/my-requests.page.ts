import { Component, inject } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatTableModule } from '@angular/material/table';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { LanguageService } from '@lotse/web/core';
import { CareRequestsApi } from '@lotse/web/placements/data-access';
import { EmptyStateComponent, LotseDatePipe, PageComponent, StatusBadgeComponent } from '@lotse/web/ui';
import { requestStatusBadge } from '../shared/presentation';

/** Parent portal: "Meine Anfragen", newest first, with status; "Neue Anfrage". */
@Component({
  selector: 'lotse-my-requests-page',
  imports: [
    MatButtonModule,
    MatIconModule,
    MatTableModule,
    RouterLink,
    TranslocoPipe,
    LotseDatePipe,
    PageComponent,
    EmptyStateComponent,
    StatusBadgeComponent,
  ],
  template: `
    <lotse-page
      [title]="'placements.mine.title' | transloco"
      [subtitle]="'placements.mine.subtitle' | transloco"
      [loading]="list.isLoading()"
    >
      <a lotsePageActions mat-flat-button routerLink="/parent/requests/new" data-testid="request-new">
        <mat-icon aria-hidden="true" fontIcon="add" />
        {{ 'placements.mine.new' | transloco }}
      </a>
      @if (list.hasValue()) {
        @if (list.value().items.length === 0) {
          <lotse-empty-state
            icon="child_care"
            [title]="'placements.mine.empty' | transloco"
            [text]="'placements.mine.emptyText' | transloco"
          />
        } @else {
          <div class="table-scroll" tabindex="0" role="region" [attr.aria-label]="'placements.mine.title' | transloco">
            <table mat-table [dataSource]="list.value().items" data-testid="requests-table">
              <caption class="visually-hidden">
                {{
                  'placements.mine.title' | transloco
                }}
              </caption>
              <ng-container matColumnDef="child">
                <th mat-header-cell *matHeaderCellDef scope="col">{{ 'placements.columns.child' | transloco }}</th>
                <td mat-cell *matCellDef="let r">
                  <a [routerLink]="['/parent/requests', r.id]" data-testid="request-link">{{ r.child.firstName }} {{ r.child.lastName }}</a>
                </td>
              </ng-container>
              <ng-container matColumnDef="start">
                <th mat-header-cell *matHeaderCellDef scope="col">{{ 'placements.columns.desiredStart' | transloco }}</th>
                <td mat-cell *matCellDef="let r">{{ r.desiredStart | lotseDate: language.tag() }}</td>
              </ng-container>
              <ng-container matColumnDef="hours">
                <th mat-header-cell *matHeaderCellDef scope="col">{{ 'placements.columns.hours' | transloco }}</th>
                <td mat-cell *matCellDef="let r">{{ 'placements.common.hoursPerWeek' | transloco: { hours: r.weeklyHours } }}</td>
              </ng-container>
              <ng-container matColumnDef="submitted">
                <th mat-header-cell *matHeaderCellDef scope="col">{{ 'placements.columns.submitted' | transloco }}</th>
                <td mat-cell *matCellDef="let r">{{ r.submittedAt | lotseDate: language.tag() }}</td>
              </ng-container>
              <ng-container matColumnDef="status">
                <th mat-header-cell *matHeaderCellDef scope="col">{{ 'placements.columns.status' | transloco }}</th>
                <td mat-cell *matCellDef="let r">
                  <lotse-status-badge [badge]="badge(r.status)" [status]="r.status" testId="request-status" />
                </td>
              </ng-container>
              <tr mat-header-row *matHeaderRowDef="columns"></tr>
              <tr mat-row *matRowDef="let row; columns: columns" data-testid="request-row" [attr.data-id]="row.id"></tr>
            </table>
          </div>
        }
      } @else if (list.error()) {
        <lotse-empty-state icon="error" testId="load-error" [title]="'errors.loadFailed' | transloco">
          <button mat-stroked-button type="button" (click)="list.reload()">{{ 'common.retry' | transloco }}</button>
        </lotse-empty-state>
      }
    </lotse-page>
  `,
})
export class MyRequestsPage {
  private readonly api = inject(CareRequestsApi);
  protected readonly language = inject(LanguageService);
  protected readonly columns = ['child', 'start', 'hours', 'submitted', 'status'];
  protected readonly list = rxResource({ stream: () => this.api.list({ page: 1, pageSize: 100 }) });
  protected readonly badge = requestStatusBadge;
}
