import { Component, DestroyRef, computed, effect, inject, untracked } from '@angular/core';
import { rxResource, takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatPaginatorModule, type PageEvent } from '@angular/material/paginator';
import { MatSelectModule } from '@angular/material/select';
import { MatSortModule, type Sort } from '@angular/material/sort';
import { MatTableModule } from '@angular/material/table';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import type { ChildminderStatus } from '@lotse/shared/contracts';
import { ChildmindersApi } from '@lotse/web/childminders/data-access';
import { EvidenceSummaryComponent, StatusChipComponent } from '@lotse/web/childminders/ui';
import { LanguageService, TenantApi } from '@lotse/web/core';
import { CHILDMINDER_STATUS_VALUES, EmptyStateComponent, LotseDatePipe, PageComponent } from '@lotse/web/ui';
import { debounceTime, distinctUntilChanged, map } from 'rxjs';
import {
  DEFAULT_LIST_STATE,
  EXPIRY_WINDOWS,
  PAGE_SIZES,
  hasFilters,
  stateFromQueryParams,
  stateToApiQuery,
  stateToQueryParams,
  withFilter,
  withSort,
  type ChildminderListState,
} from '../shared/childminder-filters';

/** mat-select shows `null` as "nothing selected"; this option value stands for "no filter". */
const ALL = 'all' as const;

/**
 * The advisor's list of childminders: search, filters (status, district, expiring within N days,
 * missing evidence), sortable columns and paging — all kept in the URL query, so a list is linkable.
 */
@Component({
  selector: 'lotse-childminder-list-page',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatCheckboxModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatPaginatorModule,
    MatSelectModule,
    MatSortModule,
    MatTableModule,
    RouterLink,
    TranslocoPipe,
    LotseDatePipe,
    PageComponent,
    EmptyStateComponent,
    StatusChipComponent,
    EvidenceSummaryComponent,
  ],
  templateUrl: './childminder-list.page.html',
  styleUrl: './childminder-list.page.scss',
})
export class ChildminderListPage {
  private readonly api = inject(ChildmindersApi);
  private readonly tenant = inject(TenantApi);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  protected readonly language = inject(LanguageService);

  protected readonly ALL = ALL;
  protected readonly statuses = CHILDMINDER_STATUS_VALUES;
  protected readonly expiryWindows = EXPIRY_WINDOWS;
  protected readonly pageSizes = PAGE_SIZES;
  protected readonly columns = ['name', 'status', 'district', 'evidence', 'nextExpiry', 'createdAt'];

  private readonly params = toSignal(this.route.queryParams, { initialValue: {} });
  protected readonly state = computed(() => stateFromQueryParams(this.params()));
  protected readonly filtered = computed(() => hasFilters(this.state()));
  protected readonly districts = rxResource({ stream: () => this.tenant.get().pipe(map((t) => t.districts)) });
  protected readonly list = rxResource({ params: () => stateToApiQuery(this.state()), stream: ({ params }) => this.api.list(params) });
  /** Windows offered in the select; a different number from a link is offered too. */
  protected readonly windows = computed(() => {
    const current = this.state().expiringWithinDays;
    return current !== null && !(EXPIRY_WINDOWS as readonly number[]).includes(current)
      ? [...EXPIRY_WINDOWS, current].sort((a, b) => a - b)
      : [...EXPIRY_WINDOWS];
  });

  protected readonly search = new FormControl('', { nonNullable: true });

  constructor() {
    // URL → search box (also on back/forward), without triggering a new navigation.
    effect(() => {
      const q = this.state().q;
      untracked(() => {
        if (this.search.value !== q) this.search.setValue(q, { emitEvent: false });
      });
    });
    this.search.valueChanges
      .pipe(debounceTime(350), distinctUntilChanged(), takeUntilDestroyed(inject(DestroyRef)))
      .subscribe((q) => this.go(withFilter(this.state(), { q }), true));
  }

  protected filterStatus(value: ChildminderStatus | typeof ALL): void {
    this.go(withFilter(this.state(), { status: value === ALL ? null : value }));
  }

  protected filterDistrict(value: string): void {
    this.go(withFilter(this.state(), { district: value === ALL ? null : value }));
  }

  protected filterExpiring(value: number | typeof ALL): void {
    this.go(withFilter(this.state(), { expiringWithinDays: value === ALL ? null : value }));
  }

  protected filterMissing(checked: boolean): void {
    this.go(withFilter(this.state(), { missingEvidence: checked }));
  }

  protected resetFilters(): void {
    this.search.setValue('', { emitEvent: false });
    this.go({ ...DEFAULT_LIST_STATE, sort: this.state().sort, order: this.state().order, pageSize: this.state().pageSize });
  }

  protected onSort(sort: Sort): void {
    this.go(withSort(this.state(), sort.active, sort.direction));
  }

  protected onPage(event: PageEvent): void {
    this.go({ ...this.state(), page: event.pageIndex + 1, pageSize: event.pageSize });
  }

  private go(state: ChildminderListState, replaceUrl = false): void {
    void this.router.navigate([], { relativeTo: this.route, queryParams: stateToQueryParams(state), replaceUrl });
  }
}
