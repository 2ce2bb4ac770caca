import { Component, computed, inject } from '@angular/core';
import { rxResource, toSignal } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatPaginatorModule, type PageEvent } from '@angular/material/paginator';
import { MatSelectModule } from '@angular/material/select';
import { MatTableModule } from '@angular/material/table';
import { ActivatedRoute, Router, RouterLink, type Params } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import type { CareRequestSortKey, CareRequestStatus } from '@lotse/shared/contracts';
import { CARE_REQUEST_SORT_KEYS, CARE_REQUEST_STATUSES } from '@lotse/shared/contracts/values';
import { LanguageService, TenantApi } from '@lotse/web/core';
import { CareRequestsApi } from '@lotse/web/placements/data-access';
import { EmptyStateComponent, LotseDatePipe, PageComponent, StatusBadgeComponent } from '@lotse/web/ui';
import { ageParts, requestStatusBadge } from '../shared/presentation';
import { PAGE_SIZES, queueParams, queueQuery, queueStateFromParams, type QueueState } from './queue-state';

const ALL = 'all' as const;

/**
 * The advisors' queue of care requests: by default the open ones in the office's priority order
 * (legal entitlement, then waiting since). Every filter, the sort and the page live in the URL.
 */
@Component({
  selector: 'lotse-request-queue-page',
  imports: [
    MatButtonModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
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
    <lotse-page
      [title]="'placements.queue.title' | transloco"
      [subtitle]="'placements.queue.subtitle' | transloco"
      [loading]="list.isLoading()"
    >
      <a lotsePageActions mat-flat-button routerLink="new" data-testid="queue-enter-request">
        <mat-icon aria-hidden="true" fontIcon="add" />
        {{ 'placements.enter.title' | transloco }}
      </a>
      @let s = state();
      <div class="filter-bar" role="search" [attr.aria-label]="'placements.queue.filters' | transloco">
        <mat-form-field>
          <mat-label>{{ 'placements.queue.status' | transloco }}</mat-label>
          <mat-select multiple [value]="s.status" (valueChange)="set({ status: $event })" data-testid="queue-status">
            @for (st of statuses; track st) {
              <mat-option [value]="st">{{ 'placements.requestStatus.' + st | transloco }}</mat-option>
            }
          </mat-select>
        </mat-form-field>
        <mat-form-field>
          <mat-label>{{ 'placements.queue.district' | transloco }}</mat-label>
          <mat-select
            [value]="s.district ?? ALL"
            (valueChange)="set({ district: $event === ALL ? null : $event })"
            data-testid="queue-district"
          >
            <mat-option [value]="ALL">{{ 'placements.queue.allDistricts' | transloco }}</mat-option>
            @for (d of districts(); track d) {
              <mat-option [value]="d">{{ d }}</mat-option>
            }
          </mat-select>
        </mat-form-field>
        <mat-form-field class="narrow">
          <mat-label>{{ 'placements.queue.ageFrom' | transloco }}</mat-label>
          <input
            matInput
            type="number"
            min="0"
            max="168"
            [value]="s.ageFromMonths ?? ''"
            (change)="set({ ageFromMonths: num($event) })"
            data-testid="queue-age-from"
          />
        </mat-form-field>
        <mat-form-field class="narrow">
          <mat-label>{{ 'placements.queue.ageTo' | transloco }}</mat-label>
          <input
            matInput
            type="number"
            min="0"
            max="168"
            [value]="s.ageToMonths ?? ''"
            (change)="set({ ageToMonths: num($event) })"
            data-testid="queue-age-to"
          />
        </mat-form-field>
        <mat-form-field>
          <mat-label>{{ 'placements.queue.startMonth' | transloco }}</mat-label>
          <input
            matInput
            type="month"
            [value]="s.startMonth ?? ''"
            (change)="set({ startMonth: text($event) })"
            data-testid="queue-start-month"
          />
        </mat-form-field>
        <mat-form-field>
          <mat-label>{{ 'placements.queue.entitled' | transloco }}</mat-label>
          <mat-select
            [value]="s.entitled ?? ALL"
            (valueChange)="set({ entitled: $event === ALL ? null : $event })"
            data-testid="queue-entitled"
          >
            <mat-option [value]="ALL">{{ 'placements.queue.entitledAll' | transloco }}</mat-option>
            <mat-option value="true">{{ 'placements.queue.entitledYes' | transloco }}</mat-option>
            <mat-option value="false">{{ 'placements.queue.entitledNo' | transloco }}</mat-option>
          </mat-select>
        </mat-form-field>
        <mat-form-field>
          <mat-label>{{ 'placements.queue.sort' | transloco }}</mat-label>
          <mat-select [value]="s.sort" (valueChange)="set({ sort: $event })" data-testid="queue-sort">
            @for (k of sortKeys; track k) {
              <mat-option [value]="k">{{ 'placements.queue.sortBy.' + k | transloco }}</mat-option>
            }
          </mat-select>
        </mat-form-field>
        <mat-form-field class="narrow">
          <mat-label>{{ 'placements.queue.order' | transloco }}</mat-label>
          <mat-select [value]="s.order" (valueChange)="set({ order: $event })" data-testid="queue-order">
            <mat-option value="asc">{{ 'placements.queue.asc' | transloco }}</mat-option>
            <mat-option value="desc">{{ 'placements.queue.desc' | transloco }}</mat-option>
          </mat-select>
        </mat-form-field>
        <button mat-button type="button" class="reset" (click)="reset()" data-testid="queue-reset">
          {{ 'placements.queue.reset' | transloco }}
        </button>
      </div>

      <p class="count" role="status" data-testid="queue-count">
        @if (list.hasValue()) {
          {{ 'placements.queue.count' | transloco: { count: list.value().total } }}
        }
      </p>

      @if (list.hasValue()) {
        @if (list.value().total === 0) {
          <lotse-empty-state
            icon="inbox"
            [title]="'placements.queue.empty' | transloco"
            [text]="'placements.queue.emptyText' | transloco"
          />
        } @else {
          <div class="table-scroll" tabindex="0" role="region" [attr.aria-label]="'placements.queue.title' | transloco">
            <table mat-table [dataSource]="list.value().items" data-testid="queue-table">
              <caption class="visually-hidden">
                {{
                  'placements.queue.caption' | transloco
                }}
              </caption>
              <ng-container matColumnDef="child">
                <th mat-header-cell *matHeaderCellDef scope="col">{{ 'placements.columns.child' | transloco }}</th>
                <td mat-cell *matCellDef="let r">
                  <a [routerLink]="['/advisor/care-requests', r.id]" data-testid="queue-link"
                    >{{ r.child.firstName }} {{ r.child.lastName }}</a
                  >
                  <div class="secondary small">{{ r.parentName }}</div>
                </td>
              </ng-container>
              <ng-container matColumnDef="age">
                <th mat-header-cell *matHeaderCellDef scope="col">{{ 'placements.columns.ageAtStart' | transloco }}</th>
                <td mat-cell *matCellDef="let r">
                  {{ 'placements.common.age' | transloco: age(r.ageAtStartMonths) }}
                  <div class="secondary small">
                    {{ (r.entitled ? 'placements.request.entitledYes' : 'placements.request.entitledNo') | transloco }}
                  </div>
                </td>
              </ng-container>
              <ng-container matColumnDef="start">
                <th mat-header-cell *matHeaderCellDef scope="col">{{ 'placements.columns.desiredStart' | transloco }}</th>
                <td mat-cell *matCellDef="let r">{{ r.desiredStart | lotseDate: language.tag() }}</td>
              </ng-container>
              <ng-container matColumnDef="district">
                <th mat-header-cell *matHeaderCellDef scope="col">{{ 'placements.queue.district' | transloco }}</th>
                <td mat-cell *matCellDef="let r">{{ r.district }}</td>
              </ng-container>
              <ng-container matColumnDef="hours">
                <th mat-header-cell *matHeaderCellDef scope="col">{{ 'placements.columns.hours' | transloco }}</th>
                <td mat-cell *matCellDef="let r">{{ 'placements.common.hoursPerWeek' | transloco: { hours: r.weeklyHours } }}</td>
              </ng-container>
              <ng-container matColumnDef="submitted">
                <th mat-header-cell *matHeaderCellDef scope="col">{{ 'placements.columns.waitingSince' | transloco }}</th>
                <td mat-cell *matCellDef="let r">{{ r.submittedAt | lotseDate: language.tag() }}</td>
              </ng-container>
              <ng-container matColumnDef="status">
                <th mat-header-cell *matHeaderCellDef scope="col">{{ 'placements.columns.status' | transloco }}</th>
                <td mat-cell *matCellDef="let r">
                  <lotse-status-badge [badge]="badge(r.status)" [status]="r.status" testId="request-status" />
                </td>
              </ng-container>
              <tr mat-header-row *matHeaderRowDef="columns"></tr>
              <tr mat-row *matRowDef="let row; columns: columns" data-testid="queue-row" [attr.data-id]="row.id"></tr>
            </table>
          </div>
          <mat-paginator
            [length]="list.value().total"
            [pageIndex]="s.page - 1"
            [pageSize]="s.pageSize"
            [pageSizeOptions]="pageSizes"
            (page)="onPage($event)"
            data-testid="queue-paginator"
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
    .narrow {
      width: 140px;
    }
    .reset {
      align-self: center;
    }
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
export class RequestQueuePage {
  private readonly api = inject(CareRequestsApi);
  private readonly tenant = inject(TenantApi);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  protected readonly language = inject(LanguageService);

  protected readonly ALL = ALL;
  protected readonly statuses = CARE_REQUEST_STATUSES;
  protected readonly sortKeys = CARE_REQUEST_SORT_KEYS;
  protected readonly pageSizes = PAGE_SIZES;
  protected readonly columns = ['child', 'age', 'start', 'district', 'hours', 'submitted', 'status'];

  private readonly office = rxResource({ stream: () => this.tenant.get() });
  protected readonly districts = computed(() => this.office.value()?.districts ?? []);
  private readonly params = toSignal(this.route.queryParams, { initialValue: {} as Params });
  protected readonly state = computed(() => queueStateFromParams(this.params()));
  protected readonly list = rxResource({ params: () => queueQuery(this.state()), stream: ({ params }) => this.api.list(params) });
  protected readonly badge = requestStatusBadge;

  protected age(months: number) {
    return ageParts(months);
  }

  protected num(event: Event): number | null {
    const v = (event.target as HTMLInputElement).value;
    return v === '' ? null : Number(v);
  }

  protected text(event: Event): string | null {
    return (event.target as HTMLInputElement).value || null;
  }

  protected set(change: Partial<QueueState> & { status?: CareRequestStatus[]; sort?: CareRequestSortKey }): void {
    this.go({ ...this.state(), ...change, page: 1 });
  }

  protected reset(): void {
    void this.router.navigate([], { relativeTo: this.route, queryParams: {} });
  }

  protected onPage(event: PageEvent): void {
    this.go({ ...this.state(), page: event.pageIndex + 1, pageSize: event.pageSize });
  }

  private go(s: QueueState): void {
    void this.router.navigate([], { relativeTo: this.route, queryParams: queueParams(s) });
  }
}
