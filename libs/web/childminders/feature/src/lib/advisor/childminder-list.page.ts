import { Component, computed, inject } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatSortModule, type Sort } from '@angular/material/sort';
import { MatTableModule } from '@angular/material/table';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { ChildmindersApi } from '@lotse/web/childminders/data-access';
import { EvidenceSummaryComponent, StatusChipComponent } from '@lotse/web/childminders/ui';
import { LanguageService, TenantApi } from '@lotse/web/core';
import {
  CHILDMINDER_STATUS_VALUES,
  FilterSelectComponent,
  ListFrameComponent,
  ListTableDirective,
  LotseDatePipe,
  PageComponent,
  injectListSearch,
  injectListState,
  type FilterOptionLabel,
  type ListFrameTexts,
} from '@lotse/web/ui';
import { map } from 'rxjs';
import { CHILDMINDER_LIST_STATE, EXPIRY_WINDOWS, sortPatch, stateToApiQuery } from '../shared/childminder-filters';

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
    MatSortModule,
    MatTableModule,
    RouterLink,
    TranslocoPipe,
    LotseDatePipe,
    PageComponent,
    FilterSelectComponent,
    ListFrameComponent,
    ListTableDirective,
    StatusChipComponent,
    EvidenceSummaryComponent,
  ],
  templateUrl: './childminder-list.page.html',
  styleUrl: './childminder-list.page.scss',
})
export class ChildminderListPage {
  private readonly api = inject(ChildmindersApi);
  private readonly tenant = inject(TenantApi);
  protected readonly language = inject(LanguageService);

  protected readonly statuses = CHILDMINDER_STATUS_VALUES;
  protected readonly columns = ['name', 'status', 'district', 'evidence', 'nextExpiry', 'createdAt'];
  protected readonly texts: ListFrameTexts = {
    count: 'childminders.list.count',
    label: 'childminders.list.title',
    empty: 'childminders.list.empty',
    emptyText: 'childminders.list.emptyText',
    emptyIcon: 'diversity_3',
    noMatches: 'childminders.list.noMatches',
    noMatchesText: 'childminders.list.noMatchesText',
    reset: 'childminders.list.reset',
  };

  protected readonly state = injectListState(CHILDMINDER_LIST_STATE);
  protected readonly search = injectListSearch(this.state, 'q');
  protected readonly districts = rxResource({ stream: () => this.tenant.get().pipe(map((t) => t.districts)) });
  /** The office's districts; a different one from a link is offered too. */
  protected readonly districtOptions = computed(() => {
    const districts = this.districts.value() ?? [];
    const current = this.state.value().district;
    return current && !districts.includes(current) ? [...districts, current] : districts;
  });
  protected readonly list = rxResource({
    params: () => stateToApiQuery(this.state.value()),
    stream: ({ params }) => this.api.list(params),
  });
  /** Windows offered in the select; a different number from a link is offered too. */
  protected readonly windows = computed(() => {
    const current = this.state.value().expiringWithinDays;
    return current !== null && !(EXPIRY_WINDOWS as readonly number[]).includes(current)
      ? [...EXPIRY_WINDOWS, current].sort((a, b) => a - b)
      : [...EXPIRY_WINDOWS];
  });

  protected readonly expiringLabel = (days: number): FilterOptionLabel => ({ key: 'childminders.list.expiringDays', params: { days } });

  protected onSort(sort: Sort): void {
    this.state.set(sortPatch(sort.active, sort.direction));
  }
}
