import { Component, inject } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatTableModule } from '@angular/material/table';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import type { PermitApplicationDto } from '@lotse/shared/contracts';
import { LanguageService } from '@lotse/web/core';
import { APPLICATION_STATUS_VALUES, PermitsApi } from '@lotse/web/permits/data-access';
import {
  FilterSelectComponent,
  ListFrameComponent,
  ListTableDirective,
  LotseDatePipe,
  PageComponent,
  StatusBadgeComponent,
  injectListState,
  listField,
  type ListFrameTexts,
} from '@lotse/web/ui';
import { applicationStatusBadge, blockingBadge } from '../shared/presentation';

/**
 * The advisors' queue of permit applications: open ones first, oldest first (the API's order),
 * with applicant, kind, submitted, status and how many mandatory evidence items still block the
 * decision (colour, icon and text).
 */
@Component({
  selector: 'lotse-application-queue-page',
  imports: [
    MatTableModule,
    RouterLink,
    TranslocoPipe,
    LotseDatePipe,
    PageComponent,
    FilterSelectComponent,
    ListFrameComponent,
    ListTableDirective,
    StatusBadgeComponent,
  ],
  template: `
    <lotse-page [title]="'permits.queue.title' | transloco" [subtitle]="'permits.queue.subtitle' | transloco">
      @let s = state.value();
      <lotse-list-frame [list]="list" [state]="state" [texts]="texts" testId="applications">
        <div lotseListFilters class="filter-bar" role="search" [attr.aria-label]="'permits.queue.filters' | transloco">
          <lotse-filter-select
            label="permits.queue.status"
            [options]="statuses"
            optionLabel="permits.applicationStatus."
            all="permits.queue.openAndDecided"
            [value]="s.status"
            (valueChange)="state.set({ status: $event })"
            testId="applications-status-filter"
            optionTestId="applications-status-"
          />
        </div>
        <ng-template lotseListTable let-items>
          <table mat-table [dataSource]="items" data-testid="applications-table">
            <caption class="visually-hidden">
              {{
                'permits.queue.caption' | transloco
              }}
            </caption>
            <ng-container matColumnDef="applicant">
              <th mat-header-cell *matHeaderCellDef scope="col">{{ 'permits.queue.columns.applicant' | transloco }}</th>
              <td mat-cell *matCellDef="let a">
                <a [routerLink]="['/advisor/permit-applications', a.id]" data-testid="application-link">{{ a.childminderName }}</a>
              </td>
            </ng-container>
            <ng-container matColumnDef="kind">
              <th mat-header-cell *matHeaderCellDef scope="col">{{ 'permits.queue.columns.kind' | transloco }}</th>
              <td mat-cell *matCellDef="let a">
                {{ 'permits.kind.' + a.kind | transloco }}
                <div class="secondary small">{{ 'permits.mine.requested' | transloco: { count: a.requestedMaxChildren } }}</div>
              </td>
            </ng-container>
            <ng-container matColumnDef="submitted">
              <th mat-header-cell *matHeaderCellDef scope="col">{{ 'permits.queue.columns.submitted' | transloco }}</th>
              <td mat-cell *matCellDef="let a">{{ a.submittedAt | lotseDate: language.tag() }}</td>
            </ng-container>
            <ng-container matColumnDef="status">
              <th mat-header-cell *matHeaderCellDef scope="col">{{ 'permits.queue.columns.status' | transloco }}</th>
              <td mat-cell *matCellDef="let a">
                <lotse-status-badge [badge]="statusBadge(a)" [status]="a.status" testId="application-status" />
              </td>
            </ng-container>
            <ng-container matColumnDef="blocking">
              <th mat-header-cell *matHeaderCellDef scope="col">{{ 'permits.queue.columns.blocking' | transloco }}</th>
              <td mat-cell *matCellDef="let a">
                <lotse-status-badge [badge]="blockingOf(a)" [status]="'' + a.blocking.length" testId="application-blocking" />
              </td>
            </ng-container>
            <tr mat-header-row *matHeaderRowDef="columns"></tr>
            <tr mat-row *matRowDef="let row; columns: columns" data-testid="application-row" [attr.data-id]="row.id"></tr>
          </table>
        </ng-template>
      </lotse-list-frame>
    </lotse-page>
  `,
  styles: `
    .small {
      font: var(--mat-sys-body-small);
    }
    td.mat-mdc-cell {
      padding-top: 8px;
      padding-bottom: 8px;
    }
  `,
})
export class ApplicationQueuePage {
  private readonly api = inject(PermitsApi);
  protected readonly language = inject(LanguageService);

  protected readonly statuses = APPLICATION_STATUS_VALUES;
  protected readonly columns = ['applicant', 'kind', 'submitted', 'status', 'blocking'];
  protected readonly texts: ListFrameTexts = {
    count: 'permits.queue.count',
    label: 'permits.queue.title',
    empty: 'permits.queue.empty',
    emptyText: 'permits.queue.emptyText',
  };

  protected readonly state = injectListState({ fields: { status: listField.choice(APPLICATION_STATUS_VALUES) } });
  protected readonly list = rxResource({ params: () => this.state.value(), stream: ({ params }) => this.api.applications(params) });

  protected statusBadge(a: PermitApplicationDto) {
    return applicationStatusBadge(a.status);
  }

  protected blockingOf(a: PermitApplicationDto) {
    return blockingBadge(a);
  }
}
