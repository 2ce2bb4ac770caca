import { Component, computed, inject } from '@angular/core';
import { rxResource, toSignal } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatButtonToggleModule } from '@angular/material/button-toggle';
import { MatCardModule } from '@angular/material/card';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { LanguageService, toApiError } from '@lotse/web/core';
import { ReferralsApi } from '@lotse/web/referrals/data-access';
import { EmptyStateComponent, FormMessageComponent, PageComponent } from '@lotse/web/ui';
import { map } from 'rxjs';
import { DemandChartComponent } from '../shared/demand-chart.component';
import { barChartData, monthLabel, monthParam, seriesOf, type FiguresView } from '../shared/presentation';

/**
 * "Bedarfsermittlung": anonymous referrals per month by topic (or kind of service), as a stacked
 * bar chart and the same numbers as a table; the month range and the view live in the URL
 * (`?from=2026-01&to=2026-12&by=category`), so a link shows the same figures. CSV export of the
 * aggregates. Advisors and admins.
 */
@Component({
  selector: 'lotse-demand-figures-page',
  imports: [
    MatButtonModule,
    MatButtonToggleModule,
    MatCardModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    RouterLink,
    TranslocoPipe,
    PageComponent,
    EmptyStateComponent,
    FormMessageComponent,
    DemandChartComponent,
  ],
  template: `
    <lotse-page
      [title]="'referrals.figures.title' | transloco"
      [subtitle]="'referrals.figures.subtitle' | transloco"
      [loading]="figures.isLoading()"
    >
      <a lotsePageActions mat-stroked-button routerLink=".." data-testid="figures-directory">
        <mat-icon aria-hidden="true" fontIcon="signpost" />
        {{ 'referrals.figures.toDirectory' | transloco }}
      </a>
      <a lotsePageActions mat-flat-button [href]="csvUrl()" download data-testid="figures-csv">
        <mat-icon aria-hidden="true" fontIcon="download" />
        {{ 'referrals.figures.csv' | transloco }}
      </a>
      <form
        class="filters"
        (submit)="$event.preventDefault()"
        data-testid="figures-filter"
        [attr.aria-label]="'referrals.figures.filter' | transloco"
      >
        <mat-form-field>
          <mat-label>{{ 'referrals.figures.from' | transloco }}</mat-label>
          <input
            matInput
            type="month"
            [value]="shownFrom()"
            (change)="setRange('from', $any($event.target).value)"
            data-testid="figures-from"
          />
        </mat-form-field>
        <mat-form-field>
          <mat-label>{{ 'referrals.figures.to' | transloco }}</mat-label>
          <input matInput type="month" [value]="shownTo()" (change)="setRange('to', $any($event.target).value)" data-testid="figures-to" />
        </mat-form-field>
        <mat-button-toggle-group
          [value]="view()"
          (change)="setView($event.value)"
          [attr.aria-label]="'referrals.figures.view' | transloco"
          hideSingleSelectionIndicator
        >
          <mat-button-toggle value="topic" data-testid="figures-by-topic">{{ 'referrals.figures.byTopic' | transloco }}</mat-button-toggle>
          <mat-button-toggle value="category" data-testid="figures-by-category">{{
            'referrals.figures.byCategory' | transloco
          }}</mat-button-toggle>
        </mat-button-toggle-group>
      </form>
      <lotse-form-message [message]="error()" testId="figures-error" />
      @if (figures.hasValue()) {
        @let f = figures.value();
        @if (f.total === 0) {
          <lotse-empty-state
            icon="bar_chart"
            testId="figures-empty"
            [title]="'referrals.figures.empty' | transloco"
            [text]="'referrals.figures.emptyText' | transloco"
          />
        } @else {
          <mat-card appearance="outlined" class="chart-card">
            <mat-card-content>
              <h2 class="section-heading">
                {{ (view() === 'topic' ? 'referrals.figures.chartByTopic' : 'referrals.figures.chartByCategory') | transloco }}
              </h2>
              <lotse-demand-chart [data]="chart()!" [label]="chartLabel()" [yTitle]="'referrals.figures.count' | transloco" />
            </mat-card-content>
          </mat-card>
          <div class="table-wrap" tabindex="0" role="region" [attr.aria-labelledby]="'figures-caption'">
            <table class="figures-table" data-testid="figures-table">
              <caption id="figures-caption">
                {{
                  'referrals.figures.tableCaption' | transloco: { from: label(f.from), to: label(f.to) }
                }}
              </caption>
              <thead>
                <tr>
                  <th scope="col">{{ 'referrals.figures.month' | transloco }}</th>
                  @for (s of series(); track s.key) {
                    <th scope="col">{{ seriesLabel(s.key) }}</th>
                  }
                  <th scope="col">{{ 'referrals.figures.total' | transloco }}</th>
                </tr>
              </thead>
              <tbody>
                @for (m of f.months; track m; let i = $index) {
                  <tr [attr.data-month]="m">
                    <th scope="row">{{ label(m) }}</th>
                    @for (s of series(); track s.key) {
                      <td [attr.data-key]="s.key">{{ s.counts[i] }}</td>
                    }
                    <td data-testid="figures-month-total">{{ f.totals[i] }}</td>
                  </tr>
                }
              </tbody>
              <tfoot>
                <tr>
                  <th scope="row">{{ 'referrals.figures.total' | transloco }}</th>
                  @for (s of series(); track s.key) {
                    <td>{{ s.total }}</td>
                  }
                  <td data-testid="figures-total">{{ f.total }}</td>
                </tr>
              </tfoot>
            </table>
          </div>
          <p class="hint">{{ 'referrals.figures.privacy' | transloco }}</p>
        }
      }
    </lotse-page>
  `,
  styles: `
    .filters {
      display: flex;
      flex-wrap: wrap;
      gap: 16px;
      align-items: center;
      margin-block-end: 8px;
    }
    .chart-card {
      margin-block-end: 16px;
    }
    .section-heading {
      font: var(--mat-sys-title-medium);
      margin: 0 0 8px;
    }
    .table-wrap {
      overflow-x: auto;
    }
    .figures-table {
      border-collapse: collapse;
      width: 100%;
      font: var(--mat-sys-body-medium);
    }
    .figures-table caption {
      text-align: start;
      font: var(--mat-sys-title-small);
      padding-block-end: 8px;
    }
    .figures-table th,
    .figures-table td {
      padding: 6px 10px;
      border-block-end: 1px solid var(--mat-sys-outline-variant);
      text-align: end;
      white-space: nowrap;
    }
    .figures-table th[scope='row'],
    .figures-table thead th:first-child {
      text-align: start;
    }
    .figures-table tfoot {
      font-weight: 600;
    }
    .hint {
      color: var(--mat-sys-on-surface-variant);
      margin-block-start: 12px;
    }
  `,
})
export class DemandFiguresPage {
  private readonly api = inject(ReferralsApi);
  private readonly route = inject(ActivatedRoute);
  private readonly router = inject(Router);
  private readonly transloco = inject(TranslocoService);
  private readonly language = inject(LanguageService);
  private readonly query = toSignal(
    this.route.queryParamMap.pipe(map((p) => ({ from: monthParam(p.get('from')), to: monthParam(p.get('to')), by: p.get('by') }))),
    {
      initialValue: { from: null, to: null, by: null },
    },
  );
  protected readonly view = computed<FiguresView>(() => (this.query().by === 'category' ? 'category' : 'topic'));
  protected readonly figures = rxResource({
    params: () => ({ from: this.query().from, to: this.query().to }),
    stream: ({ params }) => this.api.figures(params),
  });
  protected readonly error = computed(() => {
    const err = this.figures.error();
    return err ? { text: toApiError(err).errors[0]?.message ?? toApiError(err).message } : null;
  });
  protected readonly shownFrom = computed(() => this.query().from ?? (this.figures.hasValue() ? this.figures.value().from : ''));
  protected readonly shownTo = computed(() => this.query().to ?? (this.figures.hasValue() ? this.figures.value().to : ''));
  protected readonly series = computed(() => (this.figures.hasValue() ? seriesOf(this.figures.value(), this.view()) : []));
  protected readonly chart = computed(() => {
    this.language.lang();
    return this.figures.hasValue()
      ? barChartData(this.figures.value(), this.view(), (k) => this.seriesLabel(k), this.language.tag())
      : null;
  });
  protected readonly chartLabel = computed(() => {
    this.language.lang();
    if (!this.figures.hasValue()) return '';
    const f = this.figures.value();
    return this.transloco.translate(
      this.view() === 'topic' ? 'referrals.figures.chartLabelTopic' : 'referrals.figures.chartLabelCategory',
      {
        from: this.label(f.from),
        to: this.label(f.to),
        total: f.total,
      },
    );
  });
  protected readonly csvUrl = computed(() => this.api.csvUrl({ from: this.query().from, to: this.query().to }));

  protected label(month: string): string {
    return monthLabel(month, this.language.tag());
  }

  protected seriesLabel(key: string): string {
    return this.transloco.translate(this.view() === 'topic' ? `referrals.topics.${key}` : `referrals.categories.${key}`);
  }

  protected setRange(which: 'from' | 'to', value: string): void {
    const month = monthParam(value);
    void this.router.navigate([], {
      relativeTo: this.route,
      queryParams: { [which]: month },
      queryParamsHandling: 'merge',
      replaceUrl: true,
    });
  }

  protected setView(by: FiguresView): void {
    void this.router.navigate([], {
      relativeTo: this.route,
      queryParams: { by: by === 'topic' ? null : by },
      queryParamsHandling: 'merge',
      replaceUrl: true,
    });
  }
}
