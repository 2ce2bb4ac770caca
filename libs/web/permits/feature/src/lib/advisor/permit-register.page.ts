import { Component, computed, inject } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatSortModule } from '@angular/material/sort';
import { MatTableModule } from '@angular/material/table';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import type { Page, PermitDto } from '@lotse/shared/contracts';
import { LanguageService } from '@lotse/web/core';
import { PERMIT_LIMITS, PERMIT_STATUS_VALUES, PermitsApi } from '@lotse/web/permits/data-access';
import {
  FilterSelectComponent,
  ListFrameComponent,
  ListTableDirective,
  LotseDatePipe,
  PageComponent,
  StatusBadgeComponent,
  injectListSearch,
  injectListState,
  type FilterOptionLabel,
  type ListFrameTexts,
} from '@lotse/web/ui';
import { forkJoin, map, of, switchMap, type Observable } from 'rxjs';
import { permitStatusBadge } from '../shared/presentation';
import { EXPIRY_WINDOWS, REGISTER_STATE, descendingWindow, registerApiQuery, type RegisterState } from './register-state';

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
    MatSortModule,
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
  templateUrl: './permit-register.page.html',
  styles: `
    .search {
      flex: 1 1 280px;
    }
    .reset {
      margin-top: 8px;
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
  protected readonly language = inject(LanguageService);

  protected readonly statuses = PERMIT_STATUS_VALUES;
  protected readonly columns = ['number', 'holder', 'status', 'children', 'validUntil'];
  protected readonly searchMax = PERMIT_LIMITS.searchMaxLength;
  protected readonly texts: ListFrameTexts = {
    count: 'permits.register.count',
    label: 'permits.register.title',
    empty: 'permits.register.empty',
    emptyText: 'permits.register.emptyText',
    emptyIcon: 'verified_user',
    noMatches: 'permits.register.noMatches',
    noMatchesText: 'permits.register.noMatchesText',
    reset: 'permits.register.reset',
  };

  protected readonly state = injectListState(REGISTER_STATE);
  protected readonly search = injectListSearch(this.state, 'q');
  protected readonly windows = computed(() => {
    const current = this.state.value().expiringWithinDays;
    const base: number[] = [...EXPIRY_WINDOWS];
    return current !== null && !base.includes(current) ? [...base, current].sort((a, b) => a - b) : base;
  });
  protected readonly expiringLabel = (days: number): FilterOptionLabel => ({ key: 'permits.register.expiringDays', params: { days } });
  protected readonly list = rxResource({ params: () => this.state.value(), stream: ({ params }) => this.load(params) });

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
}
