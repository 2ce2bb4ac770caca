import { Component, computed, inject } from '@angular/core';
import { rxResource, toSignal } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatPaginatorModule, type PageEvent } from '@angular/material/paginator';
import { MatSelectModule } from '@angular/material/select';
import { MatTableModule } from '@angular/material/table';
import { ActivatedRoute, Router, RouterLink, type Params } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { HOUSE_SERVICES, INQUIRY_STATUSES } from '@lotse/shared/contracts/values';
import { LanguageService } from '@lotse/web/core';
import { InquiriesApi, RotaApi } from '@lotse/web/inquiries/data-access';
import { EmptyStateComponent, LotseDatePipe, PageComponent, StatusBadgeComponent } from '@lotse/web/ui';
import { inquiryStatusBadge, OVERDUE_BADGE } from '../presentation';
import { inquiryParams, inquiryQuery, inquiryStateFromParams, PAGE_SIZES, type InquiryQueueState } from './queue-state';

const ALL = 'all' as const;

/**
 * The inquiry queue (advisors and the coordinator): open inquiries by due date, overdue ones marked
 * with an icon and the word "Überfällig". Every filter and the page live in the URL.
 */
@Component({
  selector: 'lotse-inquiry-queue-page',
  imports: [
    MatButtonModule,
    MatFormFieldModule,
    MatIconModule,
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
      [title]="'inquiries.queue.title' | transloco"
      [subtitle]="'inquiries.queue.subtitle' | transloco"
      [loading]="list.isLoading()"
    >
      <a lotsePageActions mat-flat-button routerLink="new" data-testid="inquiry-enter">
        <mat-icon aria-hidden="true" fontIcon="add" />
        {{ 'inquiries.enter.title' | transloco }}
      </a>
      @let s = state();
      <div class="filter-bar" role="search" [attr.aria-label]="'inquiries.queue.filters' | transloco">
        <mat-form-field>
          <mat-label>{{ 'inquiries.queue.status' | transloco }}</mat-label>
          <mat-select multiple [value]="s.status" (valueChange)="set({ status: $event })" data-testid="inquiry-filter-status">
            @for (st of statuses; track st) {
              <mat-option [value]="st">{{ 'inquiries.status.' + st | transloco }}</mat-option>
            }
          </mat-select>
        </mat-form-field>
        <mat-form-field>
          <mat-label>{{ 'inquiries.queue.service' | transloco }}</mat-label>
          <mat-select
            [value]="s.service ?? ALL"
            (valueChange)="set({ service: $event === ALL ? null : $event })"
            data-testid="inquiry-filter-service"
          >
            <mat-option [value]="ALL">{{ 'inquiries.queue.all' | transloco }}</mat-option>
            @for (sv of services; track sv) {
              <mat-option [value]="sv">{{ 'inquiries.services.' + sv | transloco }}</mat-option>
            }
          </mat-select>
        </mat-form-field>
        <mat-form-field>
          <mat-label>{{ 'inquiries.queue.overdueFilter' | transloco }}</mat-label>
          <mat-select
            [value]="s.overdue ?? ALL"
            (valueChange)="set({ overdue: $event === ALL ? null : $event })"
            data-testid="inquiry-filter-overdue"
          >
            <mat-option [value]="ALL">{{ 'inquiries.queue.all' | transloco }}</mat-option>
            <mat-option value="true">{{ 'inquiries.queue.overdueOnly' | transloco }}</mat-option>
            <mat-option value="false">{{ 'inquiries.queue.inTime' | transloco }}</mat-option>
          </mat-select>
        </mat-form-field>
        <mat-form-field>
          <mat-label>{{ 'inquiries.queue.assignee' | transloco }}</mat-label>
          <mat-select
            [value]="s.assignee ?? ALL"
            (valueChange)="set({ assignee: $event === ALL ? null : $event })"
            data-testid="inquiry-filter-assignee"
          >
            <mat-option [value]="ALL">{{ 'inquiries.queue.all' | transloco }}</mat-option>
            <mat-option value="me">{{ 'inquiries.queue.me' | transloco }}</mat-option>
            <mat-option value="none">{{ 'inquiries.queue.nobody' | transloco }}</mat-option>
            @for (p of staff.value() ?? []; track p.userId) {
              <mat-option [value]="p.userId">{{ p.name }}</mat-option>
            }
          </mat-select>
        </mat-form-field>
        <button mat-button type="button" (click)="reset()" data-testid="inquiry-filter-reset">
          {{ 'inquiries.queue.reset' | transloco }}
        </button>
      </div>
      <p class="count" role="status" data-testid="inquiry-count">
        @if (list.hasValue()) {
          {{ 'inquiries.queue.count' | transloco: { count: list.value().total } }}
        }
      </p>
      @if (list.hasValue()) {
        @if (list.value().total === 0) {
          <lotse-empty-state icon="inbox" [title]="'inquiries.queue.empty' | transloco" />
        } @else {
          <div class="table-scroll" tabindex="0" role="region" [attr.aria-label]="'inquiries.queue.title' | transloco">
            <table mat-table [dataSource]="list.value().items" data-testid="inquiry-table">
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
          </div>
          <mat-paginator
            [length]="list.value().total"
            [pageIndex]="s.page - 1"
            [pageSize]="s.pageSize"
            [pageSizeOptions]="pageSizes"
            (page)="onPage($event)"
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
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  protected readonly language = inject(LanguageService);
  protected readonly ALL = ALL;
  protected readonly statuses = INQUIRY_STATUSES;
  protected readonly services = HOUSE_SERVICES;
  protected readonly pageSizes = PAGE_SIZES;
  protected readonly columns = ['who', 'service', 'received', 'due', 'status', 'assignee'];
  protected readonly overdueBadge = OVERDUE_BADGE;
  protected readonly badge = inquiryStatusBadge;
  private readonly rota = inject(RotaApi);
  protected readonly staff = rxResource({ stream: () => this.rota.staff() });
  private readonly params = toSignal(this.route.queryParams, { initialValue: {} as Params });
  protected readonly state = computed(() => inquiryStateFromParams(this.params()));
  protected readonly list = rxResource({ params: () => inquiryQuery(this.state()), stream: ({ params }) => this.api.list(params) });

  protected set(change: Partial<InquiryQueueState>): void {
    this.go({ ...this.state(), ...change, page: 1 });
  }

  protected reset(): void {
    void this.router.navigate([], { relativeTo: this.route, queryParams: {} });
  }

  protected onPage(event: PageEvent): void {
    this.go({ ...this.state(), page: event.pageIndex + 1, pageSize: event.pageSize });
  }

  private go(s: InquiryQueueState): void {
    void this.router.navigate([], { relativeTo: this.route, queryParams: inquiryParams(s) });
  }
}
