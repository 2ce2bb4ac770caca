import { Component, computed, inject } from '@angular/core';
import { rxResource, toSignal } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatPaginatorModule, type PageEvent } from '@angular/material/paginator';
import { MatSelectModule } from '@angular/material/select';
import { MatTableModule } from '@angular/material/table';
import { ActivatedRoute, Router, RouterLink, type Params } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import type { ApplicationStatus, PermitApplicationDto } from '@lotse/shared/contracts';
import { LanguageService } from '@lotse/web/core';
import { APPLICATION_STATUS_VALUES, PermitsApi } from '@lotse/web/permits/data-access';
import { EmptyStateComponent, LotseDatePipe, PageComponent, StatusBadgeComponent } from '@lotse/web/ui';
import { applicationStatusBadge, blockingBadge } from '../shared/presentation';

const ALL = 'all' as const;
const PAGE_SIZES = [10, 25, 50, 100];

interface QueueState {
  status: ApplicationStatus | null;
  page: number;
  pageSize: number;
}

export function queueStateFromParams(params: Params): QueueState {
  const status = (APPLICATION_STATUS_VALUES as readonly string[]).includes(params['status'])
    ? (params['status'] as ApplicationStatus)
    : null;
  const page = /^\d+$/.test(params['page'] ?? '') && Number(params['page']) >= 1 ? Number(params['page']) : 1;
  const size = Number(params['pageSize']);
  return { status, page, pageSize: PAGE_SIZES.includes(size) ? size : 25 };
}

/**
 * The advisors' queue of permit applications: open ones first, oldest first (the API's order),
 * with applicant, kind, submitted, status and how many mandatory evidence items still block the
 * decision (colour, icon and text).
 */
@Component({
  selector: 'lotse-application-queue-page',
  imports: [
    MatButtonModule,
    MatFormFieldModule,
    MatPaginatorModule,
    MatSelectModule,
    MatTableModule,
    RouterLink,
    TranslocoPipe,
    LotseDatePipe,
    PageComponent,
    EmptyStateComponent,
    StatusBadgeComponent,
  ],
  template: `
    <lotse-page [title]="'permits.queue.title' | transloco" [subtitle]="'permits.queue.subtitle' | transloco" [loading]="list.isLoading()">
      @let s = state();
      <div class="filter-bar" role="search" [attr.aria-label]="'permits.queue.filters' | transloco">
        <mat-form-field>
          <mat-label>{{ 'permits.queue.status' | transloco }}</mat-label>
          <mat-select [value]="s.status ?? ALL" (valueChange)="filterStatus($event)" data-testid="applications-status-filter">
            <mat-option [value]="ALL" data-testid="applications-status-all">{{ 'permits.queue.openAndDecided' | transloco }}</mat-option>
            @for (st of statuses; track st) {
              <mat-option [value]="st" [attr.data-testid]="'applications-status-' + st">{{
                'permits.applicationStatus.' + st | transloco
              }}</mat-option>
            }
          </mat-select>
        </mat-form-field>
      </div>

      <p class="count" role="status" data-testid="applications-count">
        @if (list.hasValue()) {
          {{ 'permits.queue.count' | transloco: { count: list.value().total } }}
        }
      </p>

      @if (list.hasValue()) {
        @if (list.value().total === 0) {
          <lotse-empty-state icon="inbox" [title]="'permits.queue.empty' | transloco" [text]="'permits.queue.emptyText' | transloco" />
        } @else {
          <div class="table-scroll" tabindex="0" role="region" [attr.aria-label]="'permits.queue.title' | transloco">
            <table mat-table [dataSource]="list.value().items" data-testid="applications-table">
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
          </div>
          <mat-paginator
            [length]="list.value().total"
            [pageIndex]="s.page - 1"
            [pageSize]="s.pageSize"
            [pageSizeOptions]="pageSizes"
            (page)="onPage($event)"
            data-testid="applications-paginator"
          />
        }
      } @else if (list.error()) {
        <lotse-empty-state icon="error" testId="load-error" [title]="'errors.loadFailed' | transloco">
          <button mat-stroked-button type="button" (click)="list.reload()">{{ 'common.retry' | transloco }}</button>
        </lotse-empty-state>
      }
    </lotse-page>
  `,
  styles: `
    .count {
      min-height: 1.5em;
      margin: 0 0 8px;
      color: var(--mat-sys-on-surface-variant);
    }
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
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  protected readonly language = inject(LanguageService);

  protected readonly ALL = ALL;
  protected readonly statuses = APPLICATION_STATUS_VALUES;
  protected readonly pageSizes = PAGE_SIZES;
  protected readonly columns = ['applicant', 'kind', 'submitted', 'status', 'blocking'];

  private readonly params = toSignal(this.route.queryParams, { initialValue: {} as Params });
  protected readonly state = computed(() => queueStateFromParams(this.params()));
  protected readonly list = rxResource({ params: () => this.state(), stream: ({ params }) => this.api.applications(params) });

  protected statusBadge(a: PermitApplicationDto) {
    return applicationStatusBadge(a.status);
  }

  protected blockingOf(a: PermitApplicationDto) {
    return blockingBadge(a);
  }

  protected filterStatus(value: ApplicationStatus | typeof ALL): void {
    this.go({ ...this.state(), status: value === ALL ? null : value, page: 1 });
  }

  protected onPage(event: PageEvent): void {
    this.go({ ...this.state(), page: event.pageIndex + 1, pageSize: event.pageSize });
  }

  private go(s: QueueState): void {
    void this.router.navigate([], {
      relativeTo: this.route,
      queryParams: {
        status: s.status ?? undefined,
        page: s.page > 1 ? s.page : undefined,
        pageSize: s.pageSize !== 25 ? s.pageSize : undefined,
      },
    });
  }
}
