import { Component, DestroyRef, computed, effect, inject, untracked } from '@angular/core';
import { rxResource, takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatPaginatorModule, type PageEvent } from '@angular/material/paginator';
import { MatSelectModule } from '@angular/material/select';
import { MatSortModule, type Sort } from '@angular/material/sort';
import { MatTableModule } from '@angular/material/table';
import { ActivatedRoute, Router, RouterLink, type Params } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import type { Page, PermitDto, PermitStatusValue } from '@lotse/shared/contracts';
import { LanguageService } from '@lotse/web/core';
import { PERMIT_LIMITS, PERMIT_STATUS_VALUES, PermitsApi } from '@lotse/web/permits/data-access';
import { EmptyStateComponent, LotseDatePipe, PageComponent, StatusBadgeComponent } from '@lotse/web/ui';
import { debounceTime, distinctUntilChanged, forkJoin, map, of, switchMap, type Observable } from 'rxjs';
import { permitStatusBadge } from '../shared/presentation';
import {
  DEFAULT_REGISTER_STATE,
  EXPIRY_WINDOWS,
  REGISTER_PAGE_SIZES,
  descendingWindow,
  hasRegisterFilters,
  registerApiQuery,
  registerStateFromParams,
  registerStateToParams,
  withRegisterFilter,
  type RegisterState,
} from './register-state';

const ALL = 'all' as const;

/**
 * The office's permit register: filter by status, "läuft ab in N Tagen", search by holder or
 * number; sorted by end of validity (both directions); paged. State in the URL query.
 */
@Component({
  selector: 'lotse-permit-register-page',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
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
    StatusBadgeComponent,
  ],
  templateUrl: './permit-register.page.html',
  styles: `
    .search {
      flex: 1 1 280px;
    }
    .reset {
      margin-top: 8px;
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
export class PermitRegisterPage {
  private readonly api = inject(PermitsApi);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  protected readonly language = inject(LanguageService);

  protected readonly ALL = ALL;
  protected readonly statuses = PERMIT_STATUS_VALUES;
  protected readonly pageSizes = [...REGISTER_PAGE_SIZES];
  protected readonly columns = ['number', 'holder', 'status', 'children', 'validUntil'];
  protected readonly searchMax = PERMIT_LIMITS.searchMaxLength;

  private readonly params = toSignal(this.route.queryParams, { initialValue: {} as Params });
  protected readonly state = computed(() => registerStateFromParams(this.params()));
  protected readonly filtered = computed(() => hasRegisterFilters(this.state()));
  protected readonly windows = computed(() => {
    const current = this.state().expiringWithinDays;
    const base: number[] = [...EXPIRY_WINDOWS];
    return current !== null && !base.includes(current) ? [...base, current].sort((a, b) => a - b) : base;
  });
  protected readonly list = rxResource({ params: () => this.state(), stream: ({ params }) => this.load(params) });
  protected readonly search = new FormControl('', { nonNullable: true });

  constructor() {
    effect(() => {
      const q = this.state().q;
      untracked(() => {
        if (this.search.value !== q) this.search.setValue(q, { emitEvent: false });
      });
    });
    this.search.valueChanges
      .pipe(debounceTime(350), distinctUntilChanged(), takeUntilDestroyed(inject(DestroyRef)))
      .subscribe((q) => this.go(withRegisterFilter(this.state(), { q }), true));
  }

  /** The API sorts by end of validity, soonest first; "latest first" reads the same list backwards. */
  private load(s: RegisterState): Observable<Page<PermitDto>> {
    const query = registerApiQuery(s);
    if (s.order === 'asc') return this.api.permits(query);
    return this.api.permits({ ...query, page: 1, pageSize: 1 }).pipe(
      switchMap((head) => {
        const window = descendingWindow(head.total, s.page - 1, s.pageSize);
        if (!window) return of({ items: [], total: head.total, page: s.page, pageSize: s.pageSize });
        return forkJoin(window.pages.map((page) => this.api.permits({ ...query, page, pageSize: s.pageSize }))).pipe(
          map((pages) => ({ items: window.pick(pages.flatMap((p) => p.items)), total: head.total, page: s.page, pageSize: s.pageSize })),
        );
      }),
    );
  }

  protected badge(p: PermitDto) {
    return permitStatusBadge(p.status);
  }

  protected filterStatus(value: PermitStatusValue | typeof ALL): void {
    this.go(withRegisterFilter(this.state(), { status: value === ALL ? null : value }));
  }

  protected filterExpiring(value: number | typeof ALL): void {
    this.go(withRegisterFilter(this.state(), { expiringWithinDays: value === ALL ? null : value }));
  }

  protected resetFilters(): void {
    this.search.setValue('', { emitEvent: false });
    this.go({ ...DEFAULT_REGISTER_STATE, order: this.state().order, pageSize: this.state().pageSize });
  }

  protected onSort(sort: Sort): void {
    this.go({ ...this.state(), order: sort.direction === 'desc' ? 'desc' : 'asc', page: 1 });
  }

  protected onPage(event: PageEvent): void {
    this.go({ ...this.state(), page: event.pageIndex + 1, pageSize: event.pageSize });
  }

  private go(s: RegisterState, replaceUrl = false): void {
    void this.router.navigate([], { relativeTo: this.route, queryParams: registerStateToParams(s), replaceUrl });
  }
}
