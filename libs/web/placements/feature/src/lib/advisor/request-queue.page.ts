import { Component, computed, inject } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatTableModule } from '@angular/material/table';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { CARE_REQUEST_SORT_KEYS, CARE_REQUEST_STATUSES } from '@lotse/shared/contracts/values';
import { LanguageService, TenantApi } from '@lotse/web/core';
import { CareRequestsApi } from '@lotse/web/placements/data-access';
import {
  FilterSelectComponent,
  ListFrameComponent,
  ListTableDirective,
  LotseDatePipe,
  PageComponent,
  StatusBadgeComponent,
  injectListState,
  type FilterOption,
  type ListFrameTexts,
} from '@lotse/web/ui';
import { ageParts, requestStatusBadge } from '../shared/presentation';
import { REQUEST_QUEUE_STATE, queueQuery } from './queue-state';

const ENTITLED_OPTIONS: FilterOption<'true' | 'false'>[] = [
  { value: 'true', key: 'placements.queue.entitledYes' },
  { value: 'false', key: 'placements.queue.entitledNo' },
];
const ORDER_OPTIONS: FilterOption<'asc' | 'desc'>[] = [
  { value: 'asc', key: 'placements.queue.asc' },
  { value: 'desc', key: 'placements.queue.desc' },
];

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
    <lotse-page [title]="'placements.queue.title' | transloco" [subtitle]="'placements.queue.subtitle' | transloco">
      <a lotsePageActions mat-flat-button routerLink="new" data-testid="queue-enter-request">
        <mat-icon aria-hidden="true" fontIcon="add" />
        {{ 'placements.enter.title' | transloco }}
      </a>
      @let s = state.value();
      <lotse-list-frame [list]="list" [state]="state" [texts]="texts" testId="queue">
        <div lotseListFilters class="filter-bar" role="search" [attr.aria-label]="'placements.queue.filters' | transloco">
          <lotse-filter-select
            label="placements.queue.status"
            [options]="statuses"
            optionLabel="placements.requestStatus."
            multiple
            [value]="s.status"
            (valueChange)="state.set({ status: $event })"
            testId="queue-status"
          />
          <lotse-filter-select
            label="placements.queue.district"
            [options]="districts()"
            all="placements.queue.allDistricts"
            [value]="s.district"
            (valueChange)="state.set({ district: $event })"
            testId="queue-district"
          />
          <mat-form-field class="narrow">
            <mat-label>{{ 'placements.queue.ageFrom' | transloco }}</mat-label>
            <input
              matInput
              type="number"
              min="0"
              max="168"
              [value]="s.ageFromMonths ?? ''"
              (change)="state.set({ ageFromMonths: num($event) })"
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
              (change)="state.set({ ageToMonths: num($event) })"
              data-testid="queue-age-to"
            />
          </mat-form-field>
          <mat-form-field>
            <mat-label>{{ 'placements.queue.startMonth' | transloco }}</mat-label>
            <input
              matInput
              type="month"
              [value]="s.startMonth ?? ''"
              (change)="state.set({ startMonth: text($event) })"
              data-testid="queue-start-month"
            />
          </mat-form-field>
          <lotse-filter-select
            label="placements.queue.entitled"
            [options]="entitledOptions"
            all="placements.queue.entitledAll"
            [value]="s.entitled"
            (valueChange)="state.set({ entitled: $event })"
            testId="queue-entitled"
          />
          <lotse-filter-select
            label="placements.queue.sort"
            [options]="sortKeys"
            optionLabel="placements.queue.sortBy."
            [value]="s.sort"
            (valueChange)="state.set({ sort: $event })"
            testId="queue-sort"
          />
          <lotse-filter-select
            class="narrow"
            label="placements.queue.order"
            [options]="orderOptions"
            [value]="s.order"
            (valueChange)="state.set({ order: $event })"
            testId="queue-order"
          />
          <button mat-button type="button" class="reset" (click)="state.clear()" data-testid="queue-reset">
            {{ 'placements.queue.reset' | transloco }}
          </button>
        </div>
        <ng-template lotseListTable let-items>
          <table mat-table [dataSource]="items" data-testid="queue-table">
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
        </ng-template>
      </lotse-list-frame>
    </lotse-page>
  `,
  styles: `
    .narrow {
      width: 140px;
    }
    .reset {
      align-self: center;
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
  protected readonly language = inject(LanguageService);

  protected readonly statuses = CARE_REQUEST_STATUSES;
  protected readonly sortKeys = CARE_REQUEST_SORT_KEYS;
  protected readonly entitledOptions = ENTITLED_OPTIONS;
  protected readonly orderOptions = ORDER_OPTIONS;
  protected readonly columns = ['child', 'age', 'start', 'district', 'hours', 'submitted', 'status'];
  protected readonly texts: ListFrameTexts = {
    count: 'placements.queue.count',
    label: 'placements.queue.title',
    empty: 'placements.queue.empty',
    emptyText: 'placements.queue.emptyText',
  };

  private readonly office = rxResource({ stream: () => this.tenant.get() });
  protected readonly districts = computed(() => this.office.value()?.districts ?? []);
  protected readonly state = injectListState(REQUEST_QUEUE_STATE);
  protected readonly list = rxResource({ params: () => queueQuery(this.state.value()), stream: ({ params }) => this.api.list(params) });
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
}
