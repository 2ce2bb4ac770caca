import { Component, Injector, computed, inject } from '@angular/core';
import { rxResource, toSignal } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatPaginatorModule, type PageEvent } from '@angular/material/paginator';
import { MatSelectModule } from '@angular/material/select';
import { ActivatedRoute, Router, type Params } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import type { PlacementDto } from '@lotse/shared/contracts';
import { Notifier } from '@lotse/web/core';
import { MatchingApi } from '@lotse/web/placements/data-access';
import { EmptyStateComponent, PageComponent } from '@lotse/web/ui';
import { PlacementsTableComponent } from '../shared/placements-table.component';
import { openReasonDialog } from '../shared/reason.dialog';

const PAGE_SIZES = [10, 25, 50, 100];

/** The office's placements ("Betreuungsverhältnisse"): current by default, all on request; end with date and reason. */
@Component({
  selector: 'lotse-advisor-placements-page',
  imports: [
    MatButtonModule,
    MatFormFieldModule,
    MatPaginatorModule,
    MatSelectModule,
    TranslocoPipe,
    PageComponent,
    EmptyStateComponent,
    PlacementsTableComponent,
  ],
  template: `
    <lotse-page
      [title]="'placements.placements.title' | transloco"
      [subtitle]="'placements.placements.subtitle' | transloco"
      [loading]="list.isLoading()"
    >
      @let s = state();
      <div class="filter-bar" role="search" [attr.aria-label]="'placements.placements.filters' | transloco">
        <mat-form-field>
          <mat-label>{{ 'placements.placements.show' | transloco }}</mat-label>
          <mat-select
            [value]="s.current"
            (valueChange)="go({ current: $event, page: 1, pageSize: s.pageSize })"
            data-testid="placements-current"
          >
            <mat-option value="true">{{ 'placements.placements.current' | transloco }}</mat-option>
            <mat-option value="false">{{ 'placements.placements.all' | transloco }}</mat-option>
          </mat-select>
        </mat-form-field>
      </div>
      <p class="count" role="status" data-testid="placements-count">
        @if (list.hasValue()) {
          {{ 'placements.placements.count' | transloco: { count: list.value().total } }}
        }
      </p>
      @if (list.hasValue()) {
        @if (list.value().total === 0) {
          <lotse-empty-state
            icon="child_care"
            [title]="'placements.placements.empty' | transloco"
            [text]="'placements.placements.emptyText' | transloco"
          />
        } @else {
          <lotse-placements-table
            [placements]="list.value().items"
            [columns]="columns"
            [caption]="'placements.placements.title' | transloco"
            (end)="end($event)"
          />
          <mat-paginator
            [length]="list.value().total"
            [pageIndex]="s.page - 1"
            [pageSize]="s.pageSize"
            [pageSizeOptions]="pageSizes"
            (page)="onPage($event)"
            data-testid="placements-paginator"
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
  `,
})
export class AdvisorPlacementsPage {
  private readonly api = inject(MatchingApi);
  private readonly dialog = inject(MatDialog);
  private readonly injector = inject(Injector);
  private readonly notifier = inject(Notifier);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);

  protected readonly pageSizes = PAGE_SIZES;
  protected readonly columns = ['child', 'childminder', 'period', 'times', 'measles', 'state', 'actions'];
  private readonly params = toSignal(this.route.queryParams, { initialValue: {} as Params });
  protected readonly state = computed(() => {
    const p = this.params();
    const size = Number(p['pageSize']);
    return {
      current: (p['current'] === 'false' ? 'false' : 'true') as 'true' | 'false',
      page: /^\d+$/.test(p['page'] ?? '') && Number(p['page']) >= 1 ? Number(p['page']) : 1,
      pageSize: PAGE_SIZES.includes(size) ? size : 25,
    };
  });
  protected readonly list = rxResource({ params: () => this.state(), stream: ({ params }) => this.api.placements(params) });

  protected onPage(event: PageEvent): void {
    this.go({ ...this.state(), page: event.pageIndex + 1, pageSize: event.pageSize });
  }

  protected go(s: { current: 'true' | 'false'; page: number; pageSize: number }): void {
    void this.router.navigate([], {
      relativeTo: this.route,
      queryParams: {
        current: s.current === 'false' ? 'false' : undefined,
        page: s.page > 1 ? s.page : undefined,
        pageSize: s.pageSize !== 25 ? s.pageSize : undefined,
      },
    });
  }

  protected end(p: PlacementDto): void {
    openReasonDialog(this.dialog, this.injector, {
      titleKey: 'placements.placements.endTitle',
      introKey: 'placements.placements.endIntro',
      params: { child: `${p.child.firstName} ${p.child.lastName}`, childminder: p.childminderName },
      reason: 'required',
      dateLabelKey: 'placements.placements.endOn',
      dateDefault: new Date(),
      submitKey: 'placements.placements.end',
      danger: true,
      run: (reason, date) => this.api.endPlacement(p.id, { endOn: date ?? '', reason, version: p.version }),
    }).subscribe((done) => {
      if (done) {
        this.notifier.success('placements.placements.ended');
        this.list.reload();
      }
    });
  }
}
