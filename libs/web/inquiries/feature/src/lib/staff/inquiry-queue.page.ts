import { Component, computed, inject } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatTableModule } from '@angular/material/table';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { HOUSE_SERVICES, INQUIRY_STATUSES } from '@lotse/shared/contracts/values';
import { LanguageService } from '@lotse/web/core';
import { InquiriesApi, RotaApi } from '@lotse/web/inquiries/data-access';
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
import { inquiryStatusBadge, OVERDUE_BADGE } from '../presentation';
import { INQUIRY_QUEUE_STATE, inquiryQuery } from './queue-state';

const OVERDUE_OPTIONS: FilterOption<'true' | 'false'>[] = [
  { value: 'true', key: 'inquiries.queue.overdueOnly' },
  { value: 'false', key: 'inquiries.queue.inTime' },
];

/**
 * The inquiry queue (advisors and the coordinator): open inquiries by due date, overdue ones marked
 * with an icon and the word "Überfällig". Every filter and the page live in the URL.
 */
@Component({
  selector: 'lotse-inquiry-queue-page',
  imports: [
    MatButtonModule,
    MatIconModule,
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
    <lotse-page [title]="'inquiries.queue.title' | transloco" [subtitle]="'inquiries.queue.subtitle' | transloco">
      <a lotsePageActions mat-flat-button routerLink="new" data-testid="inquiry-enter">
        <mat-icon aria-hidden="true" fontIcon="add" />
        {{ 'inquiries.enter.title' | transloco }}
      </a>
      @let s = state.value();
      <lotse-list-frame [list]="list" [state]="state" [texts]="texts" testId="inquiry">
        <div lotseListFilters class="filter-bar" role="search" [attr.aria-label]="'inquiries.queue.filters' | transloco">
          <lotse-filter-select
            label="inquiries.queue.status"
            [options]="statuses"
            optionLabel="inquiries.status."
            multiple
            [value]="s.status"
            (valueChange)="state.set({ status: $event })"
            testId="inquiry-filter-status"
          />
          <lotse-filter-select
            label="inquiries.queue.service"
            [options]="services"
            optionLabel="inquiries.services."
            all="inquiries.queue.all"
            [value]="s.service"
            (valueChange)="state.set({ service: $event })"
            testId="inquiry-filter-service"
          />
          <lotse-filter-select
            label="inquiries.queue.overdueFilter"
            [options]="overdueOptions"
            all="inquiries.queue.all"
            [value]="s.overdue"
            (valueChange)="state.set({ overdue: $event })"
            testId="inquiry-filter-overdue"
          />
          <lotse-filter-select
            label="inquiries.queue.assignee"
            [options]="assignees()"
            all="inquiries.queue.all"
            [value]="s.assignee"
            (valueChange)="state.set({ assignee: $event })"
            testId="inquiry-filter-assignee"
          />
          <button mat-button type="button" (click)="state.clear()" data-testid="inquiry-filter-reset">
            {{ 'inquiries.queue.reset' | transloco }}
          </button>
        </div>
        <ng-template lotseListTable let-items>
          <table mat-table [dataSource]="items" data-testid="inquiry-table">
            <caption class="visually-hidden">
              {{
                'inquiries.queue.caption' | transloco
              }}
            </caption>
            <ng-container matColumnDef="who">
              <th mat-header-cell *matHeaderCellDef scope="col">{{ 'inquiries.columns.who' | transloco }}</th>
              <td mat-cell *matCellDef="let r">
                <a [routerLink]="[r.id]" data-testid="inquiry-link">{{ r.name }}</a>
                <div class="small">{{ r.reference }} · {{ 'inquiries.channels.' + r.channel | transloco }}</div>
              </td>
            </ng-container>
            <ng-container matColumnDef="service">
              <th mat-header-cell *matHeaderCellDef scope="col">{{ 'inquiries.columns.service' | transloco }}</th>
              <td mat-cell *matCellDef="let r">{{ 'inquiries.services.' + r.service | transloco }}</td>
            </ng-container>
            <ng-container matColumnDef="received">
              <th mat-header-cell *matHeaderCellDef scope="col">{{ 'inquiries.columns.received' | transloco }}</th>
              <td mat-cell *matCellDef="let r">{{ r.receivedAt | lotseDate: language.tag() : 'dateTime' }}</td>
            </ng-container>
            <ng-container matColumnDef="due">
              <th mat-header-cell *matHeaderCellDef scope="col">{{ 'inquiries.columns.due' | transloco }}</th>
              <td mat-cell *matCellDef="let r">
                {{ r.dueDate | lotseDate: language.tag() }}
                @if (r.overdue) {
                  <lotse-status-badge [badge]="overdueBadge" status="overdue" testId="inquiry-overdue" />
                }
              </td>
            </ng-container>
            <ng-container matColumnDef="status">
              <th mat-header-cell *matHeaderCellDef scope="col">{{ 'inquiries.columns.status' | transloco }}</th>
              <td mat-cell *matCellDef="let r">
                <lotse-status-badge [badge]="badge(r.status)" [status]="r.status" testId="inquiry-status" />
              </td>
            </ng-container>
            <ng-container matColumnDef="assignee">
              <th mat-header-cell *matHeaderCellDef scope="col">{{ 'inquiries.columns.assignee' | transloco }}</th>
              <td mat-cell *matCellDef="let r">{{ r.assignee?.name ?? ('inquiries.queue.nobody' | transloco) }}</td>
            </ng-container>
            <tr mat-header-row *matHeaderRowDef="columns"></tr>
            <tr
              mat-row
              *matRowDef="let row; columns: columns"
              data-testid="inquiry-row"
              [attr.data-id]="row.id"
              [class.overdue]="row.overdue"
            ></tr>
          </table>
        </ng-template>
      </lotse-list-frame>
    </lotse-page>
  `,
  styles: `
    .small {
      font: var(--mat-sys-body-small);
      color: var(--mat-sys-on-surface-variant);
    }
    tr.overdue td:first-child {
      border-inline-start: 4px solid var(--mat-sys-error);
    }
    td.mat-mdc-cell {
      padding-block: 8px;
    }
  `,
})
export class InquiryQueuePage {
  private readonly api = inject(InquiriesApi);
  protected readonly language = inject(LanguageService);
  protected readonly statuses = INQUIRY_STATUSES;
  protected readonly services = HOUSE_SERVICES;
  protected readonly columns = ['who', 'service', 'received', 'due', 'status', 'assignee'];
  protected readonly texts: ListFrameTexts = {
    count: 'inquiries.queue.count',
    label: 'inquiries.queue.title',
    empty: 'inquiries.queue.empty',
  };
  protected readonly overdueBadge = OVERDUE_BADGE;
  protected readonly badge = inquiryStatusBadge;
  private readonly rota = inject(RotaApi);
  protected readonly staff = rxResource({ stream: () => this.rota.staff() });
  protected readonly overdueOptions = OVERDUE_OPTIONS;
  /** "Me", "nobody", then the office's staff by name. */
  protected readonly assignees = computed((): FilterOption<string>[] => [
    { value: 'me', key: 'inquiries.queue.me' },
    { value: 'none', key: 'inquiries.queue.nobody' },
    ...(this.staff.value() ?? []).map((p) => ({ value: p.userId, text: p.name })),
  ]);
  protected readonly state = injectListState(INQUIRY_QUEUE_STATE);
  protected readonly list = rxResource({ params: () => inquiryQuery(this.state.value()), stream: ({ params }) => this.api.list(params) });
}
